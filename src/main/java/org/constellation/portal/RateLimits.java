package org.constellation.portal;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Token buckets per client address and per email address (two independent buckets, WEB-09). Keys are hashed, so the
 * bucket table holds neither addresses nor emails.
 */
@Component
public class RateLimits {

    public enum Limit {
        SUBMISSION_PER_ADDRESS,
        SUBMISSION_PER_EMAIL,
        TRACKING_PER_ADDRESS,
        LINK_REQUEST_PER_ADDRESS,
        LINK_REQUEST_PER_EMAIL,
        /** Public pages that compute over a whole call (its delays): a crowd must not take the server from others. */
        COMPUTED_PAGE_PER_ADDRESS,
        /** Wrong staff passwords (Tasklist's login, the REST API's HTTP Basic), counted per client address. */
        STAFF_LOGIN_FAILURES_PER_ADDRESS
    }

    /** The client went over a limit; it may try again after {@code retryAfter}. */
    public static class Exceeded extends RuntimeException {

        private final transient Duration retryAfter;

        Exceeded(Duration retryAfter) {
            super("Rate limit exceeded", null, false, false);
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }

    private final ProxyManager<Long> buckets;
    private final Map<Limit, BucketConfiguration> configurations = new EnumMap<>(Limit.class);

    RateLimits(ProxyManager<Long> buckets, PortalProperties properties) {
        this.buckets = buckets;
        for (Limit limit : Limit.values()) {
            PortalProperties.Rate rate = properties.rateLimits().get(limit);
            if (rate == null) {
                throw new IllegalStateException("constellation.portal.rate-limits." + limit + " is not set");
            }
            configurations.put(
                    limit,
                    BucketConfiguration.builder()
                            .addLimit(bandwidth ->
                                    bandwidth.capacity(rate.requests()).refillGreedy(rate.requests(), rate.per()))
                            .build());
        }
    }

    /** Takes one request from the subject's bucket, or throws {@link Exceeded}. */
    public void consume(Limit limit, String subject) {
        ConsumptionProbe probe = buckets.builder()
                .build(key(limit, subject), configurations.get(limit))
                .tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new Exceeded(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    /** Whether the subject has used up its bucket, without taking from it. */
    public boolean exhausted(Limit limit, String subject) {
        return buckets.builder()
                        .build(key(limit, subject), configurations.get(limit))
                        .getAvailableTokens()
                <= 0;
    }

    /** Takes one from the subject's bucket, if any is left: for counting what already happened. */
    public void record(Limit limit, String subject) {
        buckets.builder().build(key(limit, subject), configurations.get(limit)).tryConsume(1);
    }

    private static Long key(Limit limit, String subject) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((limit.name() + ":" + subject.toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
