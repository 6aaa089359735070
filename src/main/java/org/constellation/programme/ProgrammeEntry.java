package org.constellation.programme;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;

/**
 * A proposal's event in the season's programme. Its UID stays the same for life and its sequence rises with every
 * change seen by the public, as RFC 5545 asks, so that calendar clients update the event instead of duplicating it.
 */
@Entity
public class ProgrammeEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long proposalId;
  private Long seasonId;
  private String uid;
  private String title;
  private String description;
  private OffsetDateTime startsAt;
  private OffsetDateTime endsAt;
  private String place;
  private String commune;
  /** The organisations of the partnerships formed at the forum, as the programme lists them. */
  private String partners;

  @Enumerated(EnumType.STRING)
  private ProgrammeEntryStatus status = ProgrammeEntryStatus.DRAFT;

  private int sequence;
  private OffsetDateTime publishedAt;
  private OffsetDateTime updatedAt;

  protected ProgrammeEntry() {}

  ProgrammeEntry(Long proposalId, Long seasonId, String uid) {
    this.proposalId = proposalId;
    this.seasonId = seasonId;
    this.uid = uid;
  }

  void edit(String title, String description, OffsetDateTime startsAt, OffsetDateTime endsAt, String place,
      String commune, String partners, OffsetDateTime now) {
    this.partners = partners;
    this.title = title;
    this.description = description;
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.place = place;
    this.commune = commune;
    this.updatedAt = now;
  }

  /** Puts the entry in the feed; a republished change raises the sequence. Publishing twice changes nothing. */
  void publish(OffsetDateTime now) {
    if (status == ProgrammeEntryStatus.SCHEDULED && !updatedAt.isAfter(publishedAt)) {
      return;
    }
    if (publishedAt != null) {
      sequence++;
    }
    status = ProgrammeEntryStatus.SCHEDULED;
    publishedAt = now;
    updatedAt = now;
  }

  /** Cancelling an entry that never reached the feed deletes nothing public; cancelling twice changes nothing. */
  void cancel(OffsetDateTime now) {
    if (status == ProgrammeEntryStatus.CANCELLED) {
      return;
    }
    if (status == ProgrammeEntryStatus.SCHEDULED) {
      sequence++;
    }
    status = ProgrammeEntryStatus.CANCELLED;
    updatedAt = now;
  }

  public Long getId() { return id; }
  public Long getProposalId() { return proposalId; }
  public Long getSeasonId() { return seasonId; }
  public String getUid() { return uid; }
  public String getTitle() { return title; }
  public String getDescription() { return description; }
  public OffsetDateTime getStartsAt() { return startsAt; }
  public OffsetDateTime getEndsAt() { return endsAt; }
  public String getPlace() { return place; }
  public String getCommune() { return commune; }
  public ProgrammeEntryStatus getStatus() { return status; }
  public int getSequence() { return sequence; }
  public OffsetDateTime getPublishedAt() { return publishedAt; }
  public OffsetDateTime getUpdatedAt() { return updatedAt; }
  public String getPartners() { return partners; }

  /** The entry's address in its season's agenda: the local part of its stable UID. */
  public String getSlug() {
    return uid.substring(0, uid.indexOf('@'));
  }
}
