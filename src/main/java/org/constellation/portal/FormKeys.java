package org.constellation.portal;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * One-time keys of the submission form (REL-06, WEB-10): issued with the form, signed so that nobody can forge one,
 * dated so that a form sent back within seconds is recognised as a robot's, and unique so that a double click or a
 * replayed POST finds the proposal it already created instead of creating a second one.
 */
@Component
class FormKeys {

    enum Verdict {
        VALID,
        TOO_FAST,
        EXPIRED,
        INVALID
    }

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final Clock clock;
    private final Duration minimumFillTime;
    private final Duration lifetime;
    static final int MINIMUM_KEY_LENGTH = 32;

    private final byte[] signingKey;
    private final SecureRandom random = new SecureRandom();

    FormKeys(Clock clock, PortalProperties properties) {
        this.clock = clock;
        this.minimumFillTime = properties.minimumFillTime();
        this.lifetime = properties.formKeyLifetime();
        boolean blank =
                properties.signingKey() == null || properties.signingKey().isBlank();
        if (properties.requireSigningKey()
                && (blank || properties.signingKey().strip().length() < MINIMUM_KEY_LENGTH)) {
            throw new IllegalStateException(
                    "No signing key for the portal's forms: set CONSTELLATION_SIGNING_KEY, at least "
                            + MINIMUM_KEY_LENGTH + " characters, the same on every node");
        }
        if (blank) {
            this.signingKey = new byte[32];
            random.nextBytes(signingKey);
        } else {
            this.signingKey = properties.signingKey().getBytes(StandardCharsets.UTF_8);
        }
    }

    /** issuedAt.nonce.signature, all base64url; the signature binds the key to one call. */
    String issue(String callSlug) {
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        String body = ENCODER.encodeToString(
                        ByteBuffer.allocate(8).putLong(clock.millis()).array()) + "." + ENCODER.encodeToString(nonce);
        return body + "." + ENCODER.encodeToString(sign(callSlug, body));
    }

    Verdict check(String key, String callSlug) {
        String[] parts = key == null ? new String[0] : key.split("\\.", -1);
        if (parts.length != 3 || key.length() > 100) {
            return Verdict.INVALID;
        }
        try {
            if (!MessageDigest.isEqual(sign(callSlug, parts[0] + "." + parts[1]), DECODER.decode(parts[2]))) {
                return Verdict.INVALID;
            }
            Instant issuedAt = Instant.ofEpochMilli(
                    ByteBuffer.wrap(DECODER.decode(parts[0])).getLong());
            Instant now = clock.instant();
            if (now.isBefore(issuedAt.plus(minimumFillTime))) {
                return Verdict.TOO_FAST;
            }
            return now.isAfter(issuedAt.plus(lifetime)) ? Verdict.EXPIRED : Verdict.VALID;
        } catch (IllegalArgumentException | BufferUnderflowException e) {
            return Verdict.INVALID;
        }
    }

    /** What the proposal remembers of its form key: the random part, unique per form shown. */
    static String uniquePart(String key) {
        return key.split("\\.")[1];
    }

    private byte[] sign(String callSlug, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingKey, "HmacSHA256"));
            return mac.doFinal((callSlug + "|" + body).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }
}
