package org.constellation.proposal;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.constellation.call.Call;
import org.constellation.call.RetentionClass;
import org.constellation.funding.Budget;
import org.constellation.workflow.SearchText;
import org.hibernate.annotations.BatchSize;

/** An answer to a call. The only place where the applicant's contact details are stored. */
@Entity
public class Proposal {

    /** How many proposals' collections one query loads when a list of proposals is read. */
    static final int BATCH = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Opaque public reference, also the process business key (never the email). */
    private String reference;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "call_id")
    private Call call;

    @Enumerated(EnumType.STRING)
    private ProposalKind kind;

    @ManyToOne(fetch = FetchType.EAGER, optional = false, cascade = CascadeType.PERSIST)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private String language;
    private String title;
    /** Its reference, title and organisation's name as the case search compares them (SearchText). */
    private String searchText;

    private String summary;
    private String description;
    private LocalDate plannedStart;
    private LocalDate plannedEnd;
    private String communeName;
    private String communeInsee;
    private String place;
    private String umbrellaEvent;
    private String offerDescription;
    /** People a room offered holds, when the contribution lends one. */
    private Integer roomCapacity;
    /** The holder agreed to be introduced to other participants; never assumed. */
    private boolean introductionConsent;

    @Enumerated(EnumType.STRING)
    private SchoolInvolvement schoolInvolvement;

    @Enumerated(EnumType.STRING)
    private ProposalStatus status;

    private String processInstanceId;
    /** The one-time key of the web form that created it; null for proposals entered by staff. */
    private String submissionKey;
    /** Last season's proposal this one renews ("Dites-le-nous une fois"), if any. */
    private Long renewedFromId;

    private OffsetDateTime createdAt;
    private OffsetDateTime updatedAt;
    /** Set by the end event the case reaches: its outcome's retention class, when, and when its data goes. */
    @Enumerated(EnumType.STRING)
    private RetentionClass retentionClass;

    private OffsetDateTime endedAt;
    private OffsetDateTime eraseAfter;
    /** The holder and the coordinators were told of the coming erasure (once per erasure date). */
    private OffsetDateTime erasureWarnedAt;
    /** Its personal data is gone; the row stays for the statistics. */
    private OffsetDateTime erasedAt;

    @Version
    private long version;

    // Lazy, loaded by batches of proposals: five eager collections joined in one query multiply into millions of rows
    // for a proposal with every box ticked (issue 13). Each use reads only what it needs, inside its transaction.
    @ElementCollection
    @BatchSize(size = Proposal.BATCH)
    @CollectionTable(name = "proposal_theme", joinColumns = @JoinColumn(name = "proposal_id"))
    @Column(name = "code")
    private Set<String> themes = new LinkedHashSet<>();

    @ElementCollection
    @BatchSize(size = Proposal.BATCH)
    @CollectionTable(name = "proposal_audience", joinColumns = @JoinColumn(name = "proposal_id"))
    @Column(name = "audience")
    @Enumerated(EnumType.STRING)
    private Set<Audience> audiences = new LinkedHashSet<>();

    @ElementCollection
    @BatchSize(size = Proposal.BATCH)
    @CollectionTable(name = "proposal_need", joinColumns = @JoinColumn(name = "proposal_id"))
    @Column(name = "need")
    @Enumerated(EnumType.STRING)
    private Set<AccompanimentNeed> needs = new LinkedHashSet<>();

    @ElementCollection
    @BatchSize(size = Proposal.BATCH)
    @CollectionTable(name = "proposal_offer", joinColumns = @JoinColumn(name = "proposal_id"))
    @Column(name = "offer")
    @Enumerated(EnumType.STRING)
    private Set<OfferType> offers = new LinkedHashSet<>();

    @ElementCollection
    @BatchSize(size = Proposal.BATCH)
    @CollectionTable(name = "proposal_bonus", joinColumns = @JoinColumn(name = "proposal_id"))
    @Column(name = "criterion_code")
    private Set<String> bonusCriteria = new LinkedHashSet<>();

    /** Its answers to the charter of a labelling call, in the charter's order; none for any other call. */
    @ElementCollection
    @BatchSize(size = Proposal.BATCH)
    @CollectionTable(name = "proposal_commitment", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderColumn(name = "position")
    private List<CommitmentAnswer> commitments = new ArrayList<>();

    /**
     * Its forecast budget, for a call that funds (issue 32): its lines in order, expenses first; none for any other
     * call, for a contribution, or for a proposal registered in Tasklist, whose form cannot list a call's categories.
     */
    @ElementCollection
    @BatchSize(size = Proposal.BATCH)
    @CollectionTable(name = "proposal_budget_line", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderColumn(name = "position")
    private List<BudgetLine> budgetLines = new ArrayList<>();

    @OneToMany(mappedBy = "proposal", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchSize(size = Proposal.BATCH)
    @OrderBy("changedAt, id")
    private List<ProposalStatusChange> statusChanges = new ArrayList<>();

    protected Proposal() {}

    Proposal(String reference, Call call, Organisation organisation, Clock clock) {
        this.reference = reference;
        this.call = call;
        this.organisation = organisation;
        this.createdAt = OffsetDateTime.now(clock);
        moveTo(ProposalStatus.SUBMITTED, clock);
    }

    public void moveTo(ProposalStatus next, Clock clock) {
        this.status = next;
        this.updatedAt = OffsetDateTime.now(clock);
        statusChanges.add(new ProposalStatusChange(this, next, updatedAt));
    }

    /** The case has ended with this outcome's class; its personal data goes after {@code eraseAfter}. */
    public void end(RetentionClass outcome, OffsetDateTime at, OffsetDateTime eraseAfter) {
        this.retentionClass = outcome;
        this.endedAt = at;
        this.eraseAfter = eraseAfter;
        this.erasureWarnedAt = null;
    }

    /** Kept longer: the warning is due again before the new date. */
    public void keepUntil(OffsetDateTime eraseAfter) {
        this.eraseAfter = eraseAfter;
        this.erasureWarnedAt = null;
    }

    public void warnedOfErasure(OffsetDateTime at) {
        this.erasureWarnedAt = at;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    void touch(Clock clock) {
        this.updatedAt = OffsetDateTime.now(clock);
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Call getCall() {
        return call;
    }

    public ProposalKind getKind() {
        return kind;
    }

    void setKind(ProposalKind kind) {
        this.kind = kind;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    void setContact(String name, String email, String phone) {
        this.contactName = name;
        this.contactEmail = email;
        this.contactPhone = phone;
    }

    public String getLanguage() {
        return language;
    }

    void setLanguage(String language) {
        this.language = language;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getDescription() {
        return description;
    }
    /** Its content, the organisation's name set first: the search text follows both. */
    void setContent(String title, String summary, String description) {
        this.title = title;
        this.summary = summary;
        this.description = description;
        this.searchText = SearchText.ofParts(reference, title, organisation.getName());
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    void setPlannedDates(LocalDate start, LocalDate end) {
        this.plannedStart = start;
        this.plannedEnd = end;
    }

    public String getCommuneName() {
        return communeName;
    }

    public String getCommuneInsee() {
        return communeInsee;
    }

    void setCommune(String name, String insee) {
        this.communeName = name;
        this.communeInsee = insee;
    }

    public String getPlace() {
        return place;
    }

    void setPlace(String place) {
        this.place = place;
    }

    public String getUmbrellaEvent() {
        return umbrellaEvent;
    }

    void setUmbrellaEvent(String umbrellaEvent) {
        this.umbrellaEvent = umbrellaEvent;
    }

    public String getOfferDescription() {
        return offerDescription;
    }

    void setOfferDescription(String offerDescription) {
        this.offerDescription = offerDescription;
    }

    public Integer getRoomCapacity() {
        return roomCapacity;
    }

    void setRoomCapacity(Integer roomCapacity) {
        this.roomCapacity = roomCapacity;
    }

    public boolean isIntroductionConsent() {
        return introductionConsent;
    }

    void setIntroductionConsent(boolean consent) {
        this.introductionConsent = consent;
    }

    public SchoolInvolvement getSchoolInvolvement() {
        return schoolInvolvement;
    }

    void setSchoolInvolvement(SchoolInvolvement schoolInvolvement) {
        this.schoolInvolvement = schoolInvolvement;
    }

    public ProposalStatus getStatus() {
        return status;
    }

    public Long getRenewedFromId() {
        return renewedFromId;
    }

    /** Links this proposal to the earlier one it renews (renewal.Renewals). */
    public void renews(Proposal previous) {
        this.renewedFromId = previous.getId();
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    void setProcessInstanceId(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void setSubmissionKey(String submissionKey) {
        this.submissionKey = submissionKey;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public RetentionClass getRetentionClass() {
        return retentionClass;
    }

    public OffsetDateTime getEndedAt() {
        return endedAt;
    }

    public OffsetDateTime getEraseAfter() {
        return eraseAfter;
    }

    public OffsetDateTime getErasureWarnedAt() {
        return erasureWarnedAt;
    }

    public OffsetDateTime getErasedAt() {
        return erasedAt;
    }

    public Set<String> getThemes() {
        return themes;
    }

    public Set<Audience> getAudiences() {
        return audiences;
    }

    public Set<AccompanimentNeed> getNeeds() {
        return needs;
    }

    public Set<OfferType> getOffers() {
        return offers;
    }

    public Set<String> getBonusCriteria() {
        return bonusCriteria;
    }

    /** Its answers to the label's charter, in the charter's order; read inside a transaction. */
    public List<CommitmentAnswer> getCommitments() {
        return commitments;
    }

    void setCommitments(List<CommitmentAnswer> answers) {
        commitments.clear();
        commitments.addAll(answers);
    }

    /** Its forecast budget, if it gave one (issue 32); read inside a transaction. */
    public Optional<Budget> forecastBudget() {
        return BudgetLine.budget(budgetLines);
    }

    /** Its budget and its organisation's SIRET, as the portal's form gave them; none: null and no budget. */
    void setBudget(String siret, Budget budget) {
        organisation.identify(siret);
        budgetLines.clear();
        if (budget != null) {
            budgetLines.addAll(BudgetLine.of(budget));
        }
    }

    /** Oldest first; read inside a transaction. */
    public List<ProposalStatusChange> getStatusChanges() {
        return statusChanges;
    }

    /** Since when the proposal is in its current status. */
    public OffsetDateTime inStatusSince() {
        return statusChanges.isEmpty()
                ? createdAt
                : statusChanges.get(statusChanges.size() - 1).getChangedAt();
    }
}
