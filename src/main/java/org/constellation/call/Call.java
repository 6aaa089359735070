package org.constellation.call;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import org.constellation.workflow.ParisTime;
import org.hibernate.Hibernate;
import org.hibernate.annotations.BatchSize;

/** A call for participation: what it asks, for which season, where, and until when. */
@Entity
@Table(name = "call_for_participation")
public class Call {

    /** How many calls' lists one query loads when several calls are read together. */
    static final int BATCH = 16;

    public static final String DEFAULT_REVIEWER_GROUP = "reviewers";

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
    /**
     * « Voies de recours »: how to contest an ineligibility, in the team's words; null: the default,
     * {@link ContestText}.
     */
    private String contestText;
    /** Keys of the DMN decisions that check this call's proposals: a new season with other rules names its own. */
    private String eligibilityRules = "eligibility";

    private String priorityRules = "priority";
    /** Eligible and ineligible mails wait in the outbox until a coordinator releases them. */
    private boolean holdDecisionMails;
    /** The portal shows the call's processing times (the team's part, the applicants' waits apart). */
    private boolean publishesDelays;
    /** This call's own delays for its timers and due dates (ISO-8601 periods); null: the application's defaults. */
    private String deadlineReminderDelay;

    private String informationReminderDelay;
    private String informationClosingDelay;
    private String eligibilityCheckDelay;
    private String forumReminderDelay;
    /** How long personal data is kept after a case ends, by outcome (ISO-8601 periods); null: the defaults. */
    private String retentionUnsuccessful;

    private String retentionProgrammed;

    /** The Camunda group whose members check, accompany and introduce this call's proposals. */
    private String reviewerGroup = DEFAULT_REVIEWER_GROUP;
    /** The themes criterion: how many of the call's themes a proposal must match. */
    private int minThemes = 1;
    /**
     * Goes up with every change of the criteria or the territory once the call is opened (version 1 is the one it opens
     * with); each check keeps the version it was made with.
     */
    private int rulesVersion = 1;

    @Enumerated(EnumType.STRING)
    private CallStatus status = CallStatus.DRAFT;

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

    @Embedded
    private Jury jury = new Jury();

    @ElementCollection
    @BatchSize(size = BATCH)
    @CollectionTable(name = "call_jury_criterion", joinColumns = @JoinColumn(name = "call_id"))
    @OrderColumn(name = "position")
    private List<JuryCriterion> juryCriteria = new ArrayList<>();

    /** What a selected or labelled project must do after selection, in the page's order (issue 31, part 2). */
    @ElementCollection
    @BatchSize(size = BATCH)
    @CollectionTable(name = "call_obligation", joinColumns = @JoinColumn(name = "call_id"))
    @OrderColumn(name = "position")
    private List<CallObligation> obligations = new ArrayList<>();

    @Embedded
    private Labelling labelling = new Labelling();

    @ElementCollection
    @BatchSize(size = BATCH)
    @CollectionTable(name = "call_label_commitment", joinColumns = @JoinColumn(name = "call_id"))
    @OrderColumn(name = "position")
    private List<LabelCommitment> labelCommitments = new ArrayList<>();

    @Embedded
    private Funding funding = new Funding();

    /** A call that funds: the categories of the expenses it funds a share of, in the page's order (issue 32). */
    @ElementCollection
    @BatchSize(size = BATCH)
    @CollectionTable(name = "call_funding_category", joinColumns = @JoinColumn(name = "call_id"))
    @OrderColumn(name = "position")
    @Column(name = "label")
    private List<String> fundingCategories = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = BATCH)
    @CollectionTable(name = "call_commune", joinColumns = @JoinColumn(name = "call_id"))
    private Set<Commune> territory = new LinkedHashSet<>();

    @ElementCollection
    @BatchSize(size = BATCH)
    @CollectionTable(name = "call_nearby_commune", joinColumns = @JoinColumn(name = "call_id"))
    private Set<Commune> nearby = new LinkedHashSet<>();

    @ElementCollection
    @BatchSize(size = BATCH)
    @CollectionTable(name = "call_umbrella_event", joinColumns = @JoinColumn(name = "call_id"))
    @OrderColumn(name = "position")
    private List<UmbrellaEvent> umbrellaEvents = new ArrayList<>();

    protected Call() {}

    public Call(String slug, Season season, String title) {
        this.slug = slug;
        this.title = title;
        moveTo(season);
    }

    /** A draft of this call for another season: everything but its dates, which the coordinator sets. */
    public Call copyFor(Season other, String newSlug) {
        Call copy = new Call(newSlug, other, title);
        copy.introduction = introduction;
        copy.contactName = contactName;
        copy.contactEmail = contactEmail;
        copy.communityUrl = communityUrl;
        copy.contestText = contestText;
        copy.eligibilityRules = eligibilityRules;
        copy.priorityRules = priorityRules;
        copy.holdDecisionMails = holdDecisionMails;
        copy.publishesDelays = publishesDelays;
        copy.deadlineReminderDelay = deadlineReminderDelay;
        copy.informationReminderDelay = informationReminderDelay;
        copy.informationClosingDelay = informationClosingDelay;
        copy.eligibilityCheckDelay = eligibilityCheckDelay;
        copy.forumReminderDelay = forumReminderDelay;
        copy.retentionUnsuccessful = retentionUnsuccessful;
        copy.retentionProgrammed = retentionProgrammed;
        copy.forumPlace = forumPlace;
        copy.forumTables = forumTables;
        copy.forumSlotMinutes = forumSlotMinutes;
        copy.forumSlots = forumSlots;
        copy.reviewerGroup = reviewerGroup;
        copy.minThemes = minThemes;
        copy.themes.addAll(themes);
        copy.criteria.addAll(criteria);
        copy.jury = jury.copy();
        copy.juryCriteria.addAll(juryCriteria);
        copy.obligations.addAll(obligations);
        copy.labelling = getLabelling().copy();
        copy.labelCommitments.addAll(labelCommitments);
        copy.funding = getFunding().copy();
        copy.fundingCategories.addAll(fundingCategories);
        copy.territory.addAll(territory);
        copy.nearby.addAll(nearby);
        umbrellaEvents.forEach(event -> copy.umbrellaEvents.add(new UmbrellaEvent(event.name())));
        return copy;
    }

    /** The call feeds another season; its period follows the season's. */
    public void moveTo(Season season) {
        this.season = season;
        this.seasonStartsOn = season.getStartsOn();
        this.seasonEndsOn = season.getEndsOn();
    }

    /** Open, its deadline not passed, and its opening day (in Paris, whatever the moment's offset) come. */
    public boolean acceptsSubmissionsAt(OffsetDateTime moment) {
        return status == CallStatus.OPEN
                && !moment.isAfter(deadline)
                && !ParisTime.of(moment).toLocalDate().isBefore(opensOn);
    }

    /** Applicants and the public see the call: it is open, or was. */
    public boolean isPublic() {
        return status != CallStatus.DRAFT && status != CallStatus.SCHEDULED;
    }

    /**
     * The portal has a page for the call: coordinators opened it, whether it is open, was, or waits for its opening day
     * (then the page announces it, without its form). A draft is the team's alone.
     */
    public boolean isAnnounced() {
        return status != CallStatus.DRAFT;
    }

    /**
     * Opened by coordinators, its opening day (in Paris, whatever the moment's offset) still ahead at {@code moment}.
     */
    public boolean opensLater(OffsetDateTime moment) {
        return (status == CallStatus.SCHEDULED || status == CallStatus.OPEN)
                && opensOn != null
                && ParisTime.of(moment).toLocalDate().isBefore(opensOn);
    }

    public boolean isDraft() {
        return status == CallStatus.DRAFT;
    }

    /** Where a commune of a proposal lies for the territory criterion. */
    public boolean isNearby(String inseeCode) {
        return nearby.stream().anyMatch(c -> c.inseeCode().equals(inseeCode))
                && territory.stream().noneMatch(c -> c.inseeCode().equals(inseeCode));
    }

    public List<String> umbrellaEventNames() {
        return umbrellaEvents.stream().map(UmbrellaEvent::name).toList();
    }

    /**
     * The rules changed (criteria, territory, period): checks from now on say so. A draft's changes make no version:
     * nothing was checked against them, and its first version is the one it opens with.
     */
    public void newRulesVersion() {
        if (!isDraft()) {
            rulesVersion++;
        }
    }

    public boolean hasTheme(String code) {
        return themes.stream().anyMatch(theme -> theme.code().equals(code));
    }

    /** Reads the call's lists now, inside the caller's transaction, for a page that shows them afterwards. */
    public Call withLists() {
        Hibernate.initialize(themes);
        Hibernate.initialize(criteria);
        Hibernate.initialize(juryCriteria);
        Hibernate.initialize(obligations);
        Hibernate.initialize(labelCommitments);
        Hibernate.initialize(fundingCategories);
        Hibernate.initialize(territory);
        Hibernate.initialize(nearby);
        Hibernate.initialize(umbrellaEvents);
        return this;
    }

    /** Finds a commune of the territory by name, ignoring case, accents and punctuation. */
    public Optional<Commune> communeNamed(String name) {
        String wanted = CommuneNames.normalise(name);
        return territory.stream()
                .filter(c -> CommuneNames.normalise(c.name()).equals(wanted))
                .findFirst();
    }

    /** The jury's choices; never null (Hibernate leaves an embedded value of defaults null when reading it). */
    public Jury getJury() {
        if (jury == null) {
            jury = new Jury();
        }
        return jury;
    }

    public List<JuryCriterion> getJuryCriteria() {
        return juryCriteria;
    }

    public void setJuryCriteria(List<JuryCriterion> criteria) {
        juryCriteria.clear();
        juryCriteria.addAll(criteria);
    }

    public List<CallObligation> getObligations() {
        return obligations;
    }

    public void setObligations(List<CallObligation> chosen) {
        obligations.clear();
        obligations.addAll(chosen);
    }

    public boolean selectsByJury() {
        return getJury().isEnabled();
    }

    /** How the call labels events; never null (Hibernate leaves an embedded value of defaults null when reading it). */
    public Labelling getLabelling() {
        if (labelling == null) {
            labelling = new Labelling();
        }
        return labelling;
    }

    /** The label's charter, in its order. */
    public List<LabelCommitment> getLabelCommitments() {
        return labelCommitments;
    }

    public void setLabelCommitments(List<LabelCommitment> commitments) {
        labelCommitments.clear();
        labelCommitments.addAll(commitments);
    }

    /** A call « à labellisation »: its eligibility is its label's charter. */
    public boolean labels() {
        return getLabelling().isEnabled();
    }

    /**
     * How the call funds projects; never null (Hibernate leaves an embedded value of defaults null when reading it).
     */
    public Funding getFunding() {
        if (funding == null) {
            funding = new Funding();
        }
        return funding;
    }

    /** The categories of eligible expenses, in the page's order. */
    public List<String> getFundingCategories() {
        return fundingCategories;
    }

    public void setFundingCategories(List<String> categories) {
        fundingCategories.clear();
        fundingCategories.addAll(categories);
    }

    /** A call that funds projects: each applicant states a forecast budget. */
    public boolean funds() {
        return getFunding().isEnabled();
    }

    public List<Criterion> criteriaOfKind(Criterion.Kind kind) {
        return criteria.stream().filter(c -> c.kind() == kind).toList();
    }

    public void recordForum(OffsetDateTime at, String place, Integer tables, Integer slotMinutes, Integer slots) {
        this.forumAt = at;
        this.forumPlace = place;
        this.forumTables = tables;
        this.forumSlotMinutes = slotMinutes;
        this.forumSlots = slots;
    }

    public Integer getForumTables() {
        return forumTables;
    }

    public Integer getForumSlotMinutes() {
        return forumSlotMinutes;
    }

    public Integer getForumSlots() {
        return forumSlots;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public Season getSeason() {
        return season;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getReviewerGroup() {
        return reviewerGroup;
    }

    public void setReviewerGroup(String reviewerGroup) {
        this.reviewerGroup = reviewerGroup;
    }

    public int getMinThemes() {
        return minThemes;
    }

    public void setMinThemes(int minThemes) {
        this.minThemes = minThemes;
    }

    public int getRulesVersion() {
        return rulesVersion;
    }

    public String getIntroduction() {
        return introduction;
    }

    public void setIntroduction(String introduction) {
        this.introduction = introduction;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public OffsetDateTime getDeadline() {
        return deadline;
    }

    public void setDeadline(OffsetDateTime deadline) {
        this.deadline = deadline;
    }

    public OffsetDateTime getForumAt() {
        return forumAt;
    }

    public String getForumPlace() {
        return forumPlace;
    }

    public String getDeadlineReminderDelay() {
        return deadlineReminderDelay;
    }

    public String getInformationReminderDelay() {
        return informationReminderDelay;
    }

    public String getInformationClosingDelay() {
        return informationClosingDelay;
    }

    public String getEligibilityCheckDelay() {
        return eligibilityCheckDelay;
    }

    public String getForumReminderDelay() {
        return forumReminderDelay;
    }

    public LocalDate getSeasonStartsOn() {
        return seasonStartsOn;
    }

    public void setSeasonPeriod(LocalDate startsOn, LocalDate endsOn) {
        this.seasonStartsOn = startsOn;
        this.seasonEndsOn = endsOn;
    }

    public LocalDate getSeasonEndsOn() {
        return seasonEndsOn;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContact(String name, String email) {
        this.contactName = name;
        this.contactEmail = email;
    }

    public String getCommunityUrl() {
        return communityUrl;
    }

    public void setCommunityUrl(String communityUrl) {
        this.communityUrl = communityUrl;
    }

    public String getContestText() {
        return contestText;
    }

    public void setContestText(String contestText) {
        this.contestText = contestText;
    }

    public String getEligibilityRules() {
        return eligibilityRules;
    }

    public String getPriorityRules() {
        return priorityRules;
    }

    public void setRules(String eligibilityRules, String priorityRules) {
        this.eligibilityRules = eligibilityRules;
        this.priorityRules = priorityRules;
    }

    public boolean holdsDecisionMails() {
        return holdDecisionMails;
    }

    public boolean publishesDelays() {
        return publishesDelays;
    }

    public void setPublishesDelays(boolean publishes) {
        this.publishesDelays = publishes;
    }

    public void setHoldDecisionMails(boolean hold) {
        this.holdDecisionMails = hold;
    }

    public Optional<Period> deadlineReminderDelay() {
        return period(deadlineReminderDelay);
    }

    public Optional<Period> informationReminderDelay() {
        return period(informationReminderDelay);
    }

    public Optional<Period> informationClosingDelay() {
        return period(informationClosingDelay);
    }

    public Optional<Period> eligibilityCheckDelay() {
        return period(eligibilityCheckDelay);
    }

    public Optional<Period> forumReminderDelay() {
        return period(forumReminderDelay);
    }

    public void setForumReminderDelay(Period delay) {
        this.forumReminderDelay = delay == null ? null : delay.toString();
    }

    public void setDelays(
            Period deadlineReminder, Period informationReminder, Period informationClosing, Period eligibilityCheck) {
        this.deadlineReminderDelay = deadlineReminder == null ? null : deadlineReminder.toString();
        this.informationReminderDelay = informationReminder == null ? null : informationReminder.toString();
        this.informationClosingDelay = informationClosing == null ? null : informationClosing.toString();
        this.eligibilityCheckDelay = eligibilityCheck == null ? null : eligibilityCheck.toString();
    }

    /** This call's own retention period for an outcome, if it sets one. */
    public Optional<Period> retention(RetentionClass retentionClass) {
        return period(retentionClass == RetentionClass.PROGRAMMED ? retentionProgrammed : retentionUnsuccessful);
    }

    public void setRetention(Period unsuccessful, Period programmed) {
        this.retentionUnsuccessful = unsuccessful == null ? null : unsuccessful.toString();
        this.retentionProgrammed = programmed == null ? null : programmed.toString();
    }

    private static Optional<Period> period(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Period.parse(value));
    }

    public CallStatus getStatus() {
        return status;
    }

    public void setStatus(CallStatus status) {
        this.status = status;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public void setProcessInstanceId(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public List<CallTheme> getThemes() {
        return themes;
    }

    public List<Criterion> getCriteria() {
        return criteria;
    }

    public Set<Commune> getTerritory() {
        return territory;
    }

    public Set<Commune> getNearby() {
        return nearby;
    }

    public List<UmbrellaEvent> getUmbrellaEvents() {
        return umbrellaEvents;
    }
}
