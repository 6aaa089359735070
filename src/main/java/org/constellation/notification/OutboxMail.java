package org.constellation.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * One mail of the outbox: decided by a process step (or a coordinator), delivered by a job of the mail-delivery
 * process, kept as sent. A mail about no proposal (a staff mail) has no proposal id.
 */
@Entity
public class OutboxMail {

    public enum Status {
        /** Decided, waiting for its delivery job. */
        QUEUED,
        /** Held by the call's rule until a coordinator releases it. */
        HELD,
        /**
         * An attempt began and has not ended: the mail is with the SMTP server now, or the attempt was cut (the node or
         * its database connection lost) and its job runs again when its lock expires.
         */
        SENDING,
        SENT,
        /** The last attempt failed; the delivery job retries on its cycle, then raises an incident. */
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long proposalId;
    private Long callId;
    private Long partnerId;
    private String template;
    private String recipient;
    private String language;
    private String occurrenceKey;

    @Enumerated(EnumType.STRING)
    private Status status;

    private int attempts;
    private String lastError;
    private String subject;
    private String bodyHtml;
    private String bodyText;
    private String messageId;
    private OffsetDateTime queuedAt;
    private OffsetDateTime lastAttemptAt;
    private OffsetDateTime sentAt;
    private Long resendOf;

    protected OutboxMail() {}

    OutboxMail(
            Long proposalId,
            Long callId,
            Long partnerId,
            MailTemplate template,
            String recipient,
            String language,
            String occurrenceKey,
            Status status,
            OffsetDateTime queuedAt) {
        this.proposalId = proposalId;
        this.callId = callId;
        this.partnerId = partnerId;
        this.template = template.templateName();
        this.recipient = recipient;
        this.language = language;
        this.occurrenceKey = occurrenceKey;
        this.status = status;
        this.queuedAt = queuedAt;
    }

    /** A mail written when it was decided (staff mails, group messages): delivery sends this text as it is. */
    OutboxMail prepared(String subject, String bodyHtml, String bodyText) {
        this.subject = subject;
        this.bodyHtml = bodyHtml;
        this.bodyText = bodyText;
        return this;
    }

    boolean isPrepared() {
        return bodyHtml != null;
    }

    OutboxMail resend(String recipientNow, OffsetDateTime at) {
        OutboxMail copy = new OutboxMail(
                proposalId,
                callId,
                partnerId,
                MailTemplate.named(template),
                recipientNow,
                language,
                "resend:" + id + ":" + at.toInstant().toEpochMilli(),
                Status.QUEUED,
                at);
        copy.resendOf = id;
        // A prepared mail keeps its text; a rendered one is rendered again (a fresh tracking link).
        return getTemplate().isPreparedWhenQueued() ? copy.prepared(subject, bodyHtml, bodyText) : copy;
    }

    /** Whether a delivery has something to send: not sent already, nor held for review. */
    boolean awaitsDelivery() {
        return status != Status.SENT && status != Status.HELD;
    }

    /** An attempt begins; it is counted now, whether it ends or is cut. */
    void sending(OffsetDateTime at) {
        this.status = Status.SENDING;
        this.attempts++;
        this.lastAttemptAt = at;
    }

    /**
     * The state as the team reads it: an attempt begun longer ago than any attempt lasts was cut, and its job will run
     * it again ({@link #INTERRUPTED}).
     */
    public String shownStatus(OffsetDateTime now) {
        return status == Status.SENDING
                        && lastAttemptAt != null
                        && lastAttemptAt.plus(LONGEST_ATTEMPT).isBefore(now)
                ? INTERRUPTED
                : status.name();
    }

    /** What {@link #shownStatus} says of an attempt that was cut. */
    public static final String INTERRUPTED = "INTERRUPTED";
    /** An attempt's timeouts (connection, reads, write) and more: past this, it is no longer under way. */
    static final Duration LONGEST_ATTEMPT = Duration.ofMinutes(1);

    void sent(String subject, String bodyHtml, String bodyText, String messageId, OffsetDateTime at) {
        this.status = Status.SENT;
        this.subject = subject;
        this.bodyHtml = bodyHtml;
        this.bodyText = bodyText;
        this.messageId = messageId;
        this.lastError = null;
        this.lastAttemptAt = at;
        this.sentAt = at;
    }

    void failed(String error, OffsetDateTime at) {
        this.status = Status.FAILED;
        this.lastError = error.length() > 500 ? error.substring(0, 500) : error;
        this.lastAttemptAt = at;
    }

    void release() {
        this.status = Status.QUEUED;
    }

    public Long getId() {
        return id;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public Long getCallId() {
        return callId;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public MailTemplate getTemplate() {
        return MailTemplate.named(template);
    }

    public String getRecipient() {
        return recipient;
    }

    public String getLanguage() {
        return language;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public String getSubject() {
        return subject;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public String getBodyText() {
        return bodyText;
    }

    public String getMessageId() {
        return messageId;
    }

    public OffsetDateTime getQueuedAt() {
        return queuedAt;
    }

    public OffsetDateTime getSentAt() {
        return sentAt;
    }

    public Long getResendOf() {
        return resendOf;
    }
}
