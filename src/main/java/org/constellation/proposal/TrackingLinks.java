package org.constellation.proposal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.constellation.workflow.ProcessVariables;
import org.constellation.workflow.PublicLinks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's private tracking links (WEB-01 to WEB-03): 256 random bits each, only their SHA-256 stored, valid for
 * a set time, all revoked when the applicant asks for a new one. Links always start with the configured public address,
 * never with the Host header of a request (WEB-06).
 */
@Service
public class TrackingLinks {

    /** How long a withdrawal's link lasts: ASVS caps out-of-band codes at ten minutes. */
    public static final Duration ACTION_LINK_LIFETIME = TrackingToken.Purpose.WITHDRAWAL.lifetime();
    /** The mail templates the link process sends (its {@code linkMail} variable). */
    static final String LINK_MAIL_TRACKING = "tracking-link";

    static final String LINK_MAIL_WITHDRAWAL = "withdrawal-confirmation";

    /** The agreement's mail again, with a new link to accept it (issue 32). */
    static final String LINK_MAIL_AGREEMENT = "funding-agreement";

    /** 32 random bytes in unpadded base64url. */
    private static final Pattern TOKEN_SHAPE = Pattern.compile("^[A-Za-z0-9_-]{43}$");

    private final TrackingTokenRepository tokens;
    private final ProposalRepository proposals;
    private final RuntimeService runtimeService;
    private final Clock clock;
    private final Duration lifetime;
    private final PublicLinks links;
    private final SecureRandom random = new SecureRandom();

    public TrackingLinks(
            TrackingTokenRepository tokens,
            ProposalRepository proposals,
            RuntimeService runtimeService,
            Clock clock,
            @Value("${constellation.portal.tracking-link-lifetime}") Duration lifetime,
            PublicLinks links) {
        this.tokens = tokens;
        this.proposals = proposals;
        this.runtimeService = runtimeService;
        this.clock = clock;
        this.lifetime = lifetime;
        this.links = links;
    }

    /** A new link to the proposal's tracking page; the token leaves this method only inside the returned address. */
    @Transactional
    public URI issue(Long proposalId) {
        return links.tracking(newToken(proposalId, lifetime, null));
    }

    /**
     * A link that confirms one action on the proposal (WEB-03): mailed to the holder, usable once, for as long as its
     * purpose says (ten minutes for a withdrawal). A tracking link shows a proposal for months; an action that cannot
     * be undone asks for the mailbox again, now.
     */
    @Transactional
    public URI issueAction(Long proposalId, TrackingToken.Purpose purpose) {
        return actionAddress(purpose, newToken(proposalId, purpose.lifetime(), purpose));
    }

    /** Where an action link leads: the page that shows what it confirms, its one button doing it. */
    public URI actionAddress(TrackingToken.Purpose purpose, String token) {
        return switch (purpose) {
            case WITHDRAWAL -> links.action(token);
            case AGREEMENT -> links.agreement(token);
        };
    }

    private String newToken(Long proposalId, Duration validFor, TrackingToken.Purpose purpose) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        OffsetDateTime now = OffsetDateTime.now(clock);
        tokens.save(new TrackingToken(
                proposals.getReferenceById(proposalId), hash(token), now, now.plus(validFor), purpose));
        return token;
    }

    /** The usable tracking link behind a presented value: well-formed, known, neither expired nor revoked. */
    @Transactional(readOnly = true)
    public Optional<TrackingToken> resolve(String presented) {
        return usable(presented, null);
    }

    /** The usable action link behind a presented value, for that action: not used yet, not expired. */
    @Transactional(readOnly = true)
    public Optional<TrackingToken> action(String presented, TrackingToken.Purpose purpose) {
        return usable(presented, purpose);
    }

    /** Uses an action link: the proposal it was for, once; empty when it is not (or no longer) usable. */
    @Transactional
    public Optional<Long> consume(String presented, TrackingToken.Purpose purpose) {
        return usable(presented, purpose)
                .filter(token -> tokens.markUsed(token.getId(), OffsetDateTime.now(clock)) == 1)
                .map(token -> token.getProposal().getId());
    }

    private Optional<TrackingToken> usable(String presented, TrackingToken.Purpose purpose) {
        if (presented == null || !TOKEN_SHAPE.matcher(presented).matches()) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(presented))
                .filter(token -> token.isFor(purpose) && token.isUsableAt(OffsetDateTime.now(clock)));
    }

    /** A tracking link just opened: which link, for which proposal, in the proposal's language. */
    public record OpenedLink(Long tokenId, Long proposalId, Locale language) {}

    /**
     * The usable tracking link behind a presented value, as {@link #resolve}; opening it retires the proposal's older
     * links. A link requested by address (which anyone who knows the address can do) leaves the older ones working
     * until the holder opens it, so that a stranger cannot cut a holder off their proposal.
     */
    @Transactional
    public Optional<OpenedLink> use(String presented) {
        return resolve(presented).map(token -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            Proposal proposal = token.getProposal();
            tokens.findByProposalIdAndRevokedAtIsNull(proposal.getId()).stream()
                    .filter(older -> older.isFor(null) && older.isOlderThan(token))
                    .forEach(older -> older.revoke(now));
            return new OpenedLink(token.getId(), proposal.getId(), proposal.locale());
        });
    }

    /** Whether a link exchanged earlier for a session still stands (a newer link revokes the session too). */
    @Transactional(readOnly = true)
    public boolean isUsable(Long tokenId) {
        return tokens.findById(tokenId)
                .map(token -> token.isUsableAt(OffsetDateTime.now(clock)))
                .orElse(false);
    }

    /**
     * For the holder on their tracking page: revokes every link of the proposal (and so the sessions opened with them)
     * and mails a new one. The mail leaves from the tracking-link process, retried like every other mail.
     */
    @Transactional
    public void sendNew(Long proposalId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        tokens.findByProposalIdAndRevokedAtIsNull(proposalId).forEach(token -> token.revoke(now));
        mailLink(proposalId, LINK_MAIL_TRACKING);
    }

    /**
     * A new link for every proposal sent from this address; nothing at all for an unknown one (WEB-07). Older links
     * keep working until the new one is opened ({@link #use}): asking needs only the address, not the mailbox.
     */
    @Transactional
    public void sendNewTo(String contactEmail) {
        proposals
                .findByContactEmailIgnoreCase(contactEmail.strip())
                .forEach(proposal -> mailLink(proposal.getId(), LINK_MAIL_TRACKING));
    }

    /** Mails the holder a link to confirm their withdrawal ({@link #issueAction}), made when the mail is written. */
    @Transactional
    public void sendWithdrawalConfirmation(Long proposalId) {
        mailLink(proposalId, LINK_MAIL_WITHDRAWAL);
    }

    /**
     * Mails the holder their agreement again with a new link to accept it ({@link #issueAction}), made when the mail is
     * written: one lost or expired, asked for on their tracking page.
     */
    @Transactional
    public void sendAgreement(Long proposalId) {
        mailLink(proposalId, LINK_MAIL_AGREEMENT);
    }

    private void mailLink(Long proposalId, String mail) {
        runtimeService.startProcessInstanceByKey(
                ProcessVariables.TRACKING_LINK,
                proposals.findById(proposalId).orElseThrow().getReference(),
                Map.of(ProcessVariables.PROPOSAL_ID, proposalId, ProcessVariables.LINK_MAIL, mail));
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
