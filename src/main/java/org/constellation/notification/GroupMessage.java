package org.constellation.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;

/** A coordinator's message to the holders of a call chosen by a filter; each copy is an outbox mail. */
@Entity
public class GroupMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long callId;
    private String subject;
    private String body;
    /** The filter as the coordinator chose it, in words. */
    private String audience;

    private String author;
    private int recipients;
    private OffsetDateTime createdAt;

    protected GroupMessage() {}

    GroupMessage(
            Long callId,
            String subject,
            String body,
            String audience,
            String author,
            int recipients,
            OffsetDateTime createdAt) {
        this.callId = callId;
        this.subject = subject;
        this.body = body;
        this.audience = audience;
        this.author = author;
        this.recipients = recipients;
        this.createdAt = createdAt;
    }

    /** The prefix of its copies' occurrence keys in the outbox. */
    String occurrencePrefix() {
        return "group:" + id + ":";
    }

    public Long getId() {
        return id;
    }

    public Long getCallId() {
        return callId;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getAudience() {
        return audience;
    }

    public String getAuthor() {
        return author;
    }

    public int getRecipients() {
        return recipients;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
