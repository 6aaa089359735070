package org.constellation.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;

/** A mail that left, for the proposal's history (who was told what, when). */
@Entity
public class SentMail {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long proposalId;
  private String template;
  private String recipient;
  private String language;
  private String subject;
  private String messageId;
  private OffsetDateTime sentAt;

  protected SentMail() {}

  SentMail(Long proposalId, String template, String recipient, String language, String subject, String messageId,
      OffsetDateTime sentAt) {
    this.proposalId = proposalId;
    this.template = template;
    this.recipient = recipient;
    this.language = language;
    this.subject = subject;
    this.messageId = messageId;
    this.sentAt = sentAt;
  }

  public Long getProposalId() { return proposalId; }
  public String getTemplate() { return template; }
  public String getRecipient() { return recipient; }
  public String getLanguage() { return language; }
  public String getSubject() { return subject; }
  public String getMessageId() { return messageId; }
  public OffsetDateTime getSentAt() { return sentAt; }
}
