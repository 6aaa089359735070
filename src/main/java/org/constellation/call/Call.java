package org.constellation.call;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Hibernate;
import org.hibernate.annotations.BatchSize;

/** A call for participation: what it asks, for which season, where, and until when. */
@Entity
@Table(name = "call_for_participation")
public class Call {

  /** How many calls' lists one query loads when several calls are read together. */
  static final int BATCH = 16;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String slug;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "season_id")
  private Season season;

  private String title;
  private String introduction;
  private LocalDate opensOn;
  private OffsetDateTime deadline;
  private OffsetDateTime forumAt;
  private String forumPlace;
  /** The forum's one-to-one meetings: how many tables, how long a slot, how many slots from forumAt. */
  private Integer forumTables;
  private Integer forumSlotMinutes;
  private Integer forumSlots;
  private LocalDate seasonStartsOn;
  private LocalDate seasonEndsOn;
  private String contactName;
  private String contactEmail;
  private String communityUrl;
  /** Keys of the DMN decisions that check this call's proposals: a new season with other rules names its own. */
  private String eligibilityRules = "eligibility";
  private String priorityRules = "priority";
  /** Eligible and ineligible mails wait in the outbox until a coordinator releases them. */
  private boolean holdDecisionMails;
  /** This call's own delays for its timers and due dates (ISO-8601 periods); null: the application's defaults. */
  private String deadlineReminderDelay;
  private String informationReminderDelay;
  private String informationClosingDelay;
  private String eligibilityCheckDelay;
  private String forumReminderDelay;

  @Enumerated(EnumType.STRING)
  private CallStatus status = CallStatus.OPEN;

  private String processInstanceId;

  // Lazy, each list by its own select when a use reads it: joined eagerly, themes x criteria x communes x events
  // multiplied into thousands of rows per call, and every proposal read brought its call (issue 13).
  @ElementCollection
  @BatchSize(size = BATCH)
  @CollectionTable(name = "call_theme", joinColumns = @JoinColumn(name = "call_id"))
  @OrderColumn(name = "position")
  private List<CallTheme> themes = new ArrayList<>();

  @ElementCollection
  @BatchSize(size = BATCH)
  @CollectionTable(name = "call_criterion", joinColumns = @JoinColumn(name = "call_id"))
  @OrderColumn(name = "position")
  private List<Criterion> criteria = new ArrayList<>();

  @ElementCollection
  @BatchSize(size = BATCH)
  @CollectionTable(name = "call_commune", joinColumns = @JoinColumn(name = "call_id"))
  private Set<Commune> territory = new LinkedHashSet<>();

  @ElementCollection
  @BatchSize(size = BATCH)
  @CollectionTable(name = "call_umbrella_event", joinColumns = @JoinColumn(name = "call_id"))
  @OrderColumn(name = "position")
  @Column(name = "name")
  private List<String> umbrellaEvents = new ArrayList<>();

  protected Call() {}

  public Call(String slug, Season season, String title) {
    this.slug = slug;
    this.season = season;
    this.title = title;
    this.seasonStartsOn = season.getStartsOn();
    this.seasonEndsOn = season.getEndsOn();
  }

  public boolean acceptsSubmissionsAt(OffsetDateTime moment) {
    return status == CallStatus.OPEN && !moment.isAfter(deadline) && !moment.toLocalDate().isBefore(opensOn);
  }

  public boolean hasTheme(String code) {
    return themes.stream().anyMatch(theme -> theme.code().equals(code));
  }

  /** Reads the call's lists now, inside the caller's transaction, for a page that shows them afterwards. */
  public Call withLists() {
    Hibernate.initialize(themes);
    Hibernate.initialize(criteria);
    Hibernate.initialize(territory);
    Hibernate.initialize(umbrellaEvents);
    return this;
  }

  /** Finds a commune of the territory by name, ignoring case, accents and punctuation. */
  public Optional<Commune> communeNamed(String name) {
    String wanted = CommuneNames.normalise(name);
    return territory.stream().filter(c -> CommuneNames.normalise(c.name()).equals(wanted)).findFirst();
  }

  public List<Criterion> criteriaOfKind(Criterion.Kind kind) {
    return criteria.stream().filter(c -> c.kind() == kind).toList();
  }

  public void recordForum(OffsetDateTime at, String place, int tables, int slotMinutes, int slots) {
    this.forumAt = at;
    this.forumPlace = place;
    this.forumTables = tables;
    this.forumSlotMinutes = slotMinutes;
    this.forumSlots = slots;
  }

  public Integer getForumTables() { return forumTables; }
  public Integer getForumSlotMinutes() { return forumSlotMinutes; }
  public Integer getForumSlots() { return forumSlots; }

  public Long getId() { return id; }
  public String getSlug() { return slug; }
  public Season getSeason() { return season; }
  public String getTitle() { return title; }
  public String getIntroduction() { return introduction; }
  public void setIntroduction(String introduction) { this.introduction = introduction; }
  public LocalDate getOpensOn() { return opensOn; }
  public void setOpensOn(LocalDate opensOn) { this.opensOn = opensOn; }
  public OffsetDateTime getDeadline() { return deadline; }
  public void setDeadline(OffsetDateTime deadline) { this.deadline = deadline; }
  public OffsetDateTime getForumAt() { return forumAt; }
  public String getForumPlace() { return forumPlace; }
  public LocalDate getSeasonStartsOn() { return seasonStartsOn; }
  public void setSeasonPeriod(LocalDate startsOn, LocalDate endsOn) {
    this.seasonStartsOn = startsOn;
    this.seasonEndsOn = endsOn;
  }
  public LocalDate getSeasonEndsOn() { return seasonEndsOn; }
  public String getContactName() { return contactName; }
  public String getContactEmail() { return contactEmail; }
  public void setContact(String name, String email) {
    this.contactName = name;
    this.contactEmail = email;
  }
  public String getCommunityUrl() { return communityUrl; }
  public void setCommunityUrl(String communityUrl) { this.communityUrl = communityUrl; }
  public String getEligibilityRules() { return eligibilityRules; }
  public String getPriorityRules() { return priorityRules; }
  public void setRules(String eligibilityRules, String priorityRules) {
    this.eligibilityRules = eligibilityRules;
    this.priorityRules = priorityRules;
  }
  public boolean holdsDecisionMails() { return holdDecisionMails; }
  public void setHoldDecisionMails(boolean hold) { this.holdDecisionMails = hold; }
  public Optional<Period> deadlineReminderDelay() { return period(deadlineReminderDelay); }
  public Optional<Period> informationReminderDelay() { return period(informationReminderDelay); }
  public Optional<Period> informationClosingDelay() { return period(informationClosingDelay); }
  public Optional<Period> eligibilityCheckDelay() { return period(eligibilityCheckDelay); }
  public Optional<Period> forumReminderDelay() { return period(forumReminderDelay); }
  public void setForumReminderDelay(Period delay) {
    this.forumReminderDelay = delay == null ? null : delay.toString();
  }
  public void setDelays(Period deadlineReminder, Period informationReminder, Period informationClosing,
      Period eligibilityCheck) {
    this.deadlineReminderDelay = deadlineReminder == null ? null : deadlineReminder.toString();
    this.informationReminderDelay = informationReminder == null ? null : informationReminder.toString();
    this.informationClosingDelay = informationClosing == null ? null : informationClosing.toString();
    this.eligibilityCheckDelay = eligibilityCheck == null ? null : eligibilityCheck.toString();
  }

  private static Optional<Period> period(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(Period.parse(value));
  }

  public CallStatus getStatus() { return status; }
  public void setStatus(CallStatus status) { this.status = status; }
  public String getProcessInstanceId() { return processInstanceId; }
  public void setProcessInstanceId(String processInstanceId) { this.processInstanceId = processInstanceId; }
  public List<CallTheme> getThemes() { return themes; }
  public List<Criterion> getCriteria() { return criteria; }
  public Set<Commune> getTerritory() { return territory; }
  public List<String> getUmbrellaEvents() { return umbrellaEvents; }
}
