package org.constellation.proposal;

import static org.constellation.workflow.ProcessVariables.CALL_ID;
import static org.constellation.workflow.ProcessVariables.PROPOSAL_ID;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.constellation.call.Call;
import org.constellation.call.CallRepository;
import org.constellation.call.CallTheme;
import org.constellation.call.Commune;
import org.constellation.call.CommuneRegistry;
import org.constellation.call.Criterion;
import org.constellation.workflow.FormValues;
import org.constellation.workflow.ProcessVariables;
import org.constellation.workflow.TaskNames;
import org.constellation.workflow.WrittenDates;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers proposals and passes the applicant's actions (correction, answer, withdrawal) to their running process.
 */
@Service
public class ProposalService {

    private static final char[] REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    /** The answers a correction compares, labelled as the applicant saw them. */
    private final ProposalRepository proposals;

    private final CallRepository calls;
    private final InformationAnswerRepository answers;
    private final EntryCorrectionRepository corrections;
    private final ProposalCorrectionRepository proposalCorrections;
    private final ApplicationEventPublisher events;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final TrackingLinks trackingLinks;
    private final CommuneRegistry communes;
    private final MessageSource messages;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public ProposalService(
            ProposalRepository proposals,
            CallRepository calls,
            InformationAnswerRepository answers,
            EntryCorrectionRepository corrections,
            ProposalCorrectionRepository proposalCorrections,
            ApplicationEventPublisher events,
            RuntimeService runtimeService,
            TaskService taskService,
            TrackingLinks trackingLinks,
            CommuneRegistry communes,
            MessageSource messages,
            Clock clock) {
        this.proposals = proposals;
        this.calls = calls;
        this.answers = answers;
        this.corrections = corrections;
        this.proposalCorrections = proposalCorrections;
        this.events = events;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.trackingLinks = trackingLinks;
        this.communes = communes;
        this.messages = messages;
        this.clock = clock;
    }

    /** Stores a proposal and starts its lifecycle, in one transaction: both happen or neither does. */
    @Transactional
    public Proposal submit(ProposalSubmission submission, Locale locale) {
        return submit(submission, locale, null);
    }

    /**
     * As {@link #submit(ProposalSubmission, Locale)}, remembering the one-time key of the web form: a second submission
     * with the same key breaks the unique index, and the caller finds the first one with {@link #findBySubmissionKey}.
     */
    @Transactional
    public Proposal submit(ProposalSubmission submission, Locale locale, String submissionKey) {
        return start(register(submission, locale, submissionKey));
    }

    /**
     * Last season's proposal, renewed into {@code call}: a new proposal linked to the old one, which reviewers see.
     * Renewing twice into the same call gives the first renewal back.
     */
    @Transactional
    public Proposal renew(Long oldProposalId, ProposalSubmission submission, Locale locale) {
        Call call = openCall(submission, locale);
        Optional<Proposal> earlier = proposals.findFirstByRenewedFromIdAndCallId(oldProposalId, call.getId());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Proposal proposal = register(submission, locale, null);
        proposal.renews(proposals.findById(oldProposalId).orElseThrow());
        return start(proposal);
    }

    /** The calls an applicant may renew this proposal into: open now, of a later season, not renewed into yet. */
    @Transactional(readOnly = true)
    public List<Call> renewableCalls(Long proposalId) {
        Proposal proposal = proposals.findById(proposalId).orElseThrow();
        return laterOpenCalls(proposal.getCall()).stream()
                .filter(c -> proposals
                        .findFirstByRenewedFromIdAndCallId(proposalId, c.getId())
                        .isEmpty())
                .toList();
    }

    /** The calls a proposal of {@code call} may be renewed into: open now, of a later season. */
    @Transactional(readOnly = true)
    public List<Call> laterOpenCalls(Call call) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return calls.findAll().stream()
                .filter(c -> c.acceptsSubmissionsAt(now))
                .filter(c ->
                        c.getSeason().getStartsOn().isAfter(call.getSeason().getStartsOn()))
                .toList();
    }

    /**
     * Last season's answers for the form of {@code call}: everything the applicant told us, but the dates (another
     * season) and the choices the new call does not offer; each stays editable.
     */
    @Transactional(readOnly = true)
    public ProposalSubmission renewalOf(Long proposalId, Call call) {
        ProposalSubmission old =
                ProposalSubmission.of(proposals.findById(proposalId).orElseThrow());
        List<String> bonus = call.criteriaOfKind(Criterion.Kind.BONUS).stream()
                .map(Criterion::code)
                .toList();
        return new ProposalSubmission(
                call.getSlug(),
                old.kind(),
                old.organisationName(),
                old.organisationType(),
                old.organisationCommune(),
                old.contactName(),
                old.contactEmail(),
                old.contactPhone(),
                old.language(),
                old.title(),
                old.summary(),
                old.description(),
                old.themes().stream().filter(call::hasTheme).toList(),
                old.audiences(),
                null,
                null,
                old.commune(),
                old.place(),
                call.umbrellaEventNames().contains(old.umbrellaEvent()) ? old.umbrellaEvent() : null,
                old.needs(),
                old.offers(),
                old.offerDescription(),
                old.bonusCriteria().stream().filter(bonus::contains).toList(),
                old.schoolInvolvement(),
                old.roomCapacity(),
                old.introductionConsent());
    }

    private Proposal start(Proposal proposal) {
        Map<String, Object> variables = new LinkedHashMap<>(processFacts(proposal));
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(
                ProcessVariables.PROPOSAL_LIFECYCLE, proposal.getReference(), variables);
        proposal.setProcessInstanceId(instance.getId());
        return proposal;
    }

    /**
     * The lifecycle {@code processInstanceId} starting for the stored proposal {@code proposalId}, as {@link #start}
     * does: a proposal has one lifecycle, and an id that names no stored proposal, or one already started, is refused.
     */
    @Transactional
    public Proposal attachLifecycle(Object proposalId, String processInstanceId) {
        Proposal proposal =
                proposalId instanceof Long id ? proposals.findById(id).orElse(null) : null;
        if (proposal == null) {
            throw new AuthorizationException(
                    "Aucune proposition enregistrée ne porte le numéro « " + proposalId + " ».");
        }
        if (proposal.getProcessInstanceId() != null
                && !proposal.getProcessInstanceId().equals(processInstanceId)) {
            throw new AuthorizationException("La proposition " + proposal.getReference()
                    + " suit déjà son cycle de vie : on ne le démarre pas une seconde fois.");
        }
        proposal.setProcessInstanceId(processInstanceId);
        return proposal;
    }

    /** The checks of {@link #submit}, without storing anything: the portal limits per email only what would be stored. */
    @Transactional(readOnly = true)
    public void check(ProposalSubmission s, Locale locale) {
        new SubmissionValidator(messages).rejectIfInvalid(s, openCall(s, locale), locale);
    }

    @Transactional(readOnly = true)
    public Optional<Proposal> findBySubmissionKey(String submissionKey) {
        return proposals.findBySubmissionKey(submissionKey);
    }

    /** Validates and stores a proposal without starting a process (the caller is already inside one). */
    @Transactional
    public Proposal register(ProposalSubmission s, Locale locale) {
        return register(s, locale, null);
    }

    private Proposal register(ProposalSubmission s, Locale locale, String submissionKey) {
        Call call = openCall(s, locale);
        new SubmissionValidator(messages).rejectIfInvalid(s, call, locale);

        Organisation organisation = new Organisation(
                s.organisationName(), OrganisationType.valueOf(s.organisationType()), s.organisationCommune());
        Proposal proposal = new Proposal(newReference(), call, organisation, clock);
        proposal.setSubmissionKey(submissionKey);
        apply(s, proposal);
        // Flushed at once: a replayed form key fails here, before any process starts.
        return proposals.saveAndFlush(proposal);
    }

    /**
     * The applicant's correction of their proposal, allowed while the call is open and until a reviewer has taken up
     * its eligibility check. The new content reaches the process variables that Tasklist shows; what changed is kept
     * and published, so that the check's rules run again and the holder is told. A correction that changes nothing
     * is not one.
     */
    @Transactional
    public Proposal correct(Long proposalId, ProposalSubmission s, Locale locale) {
        Proposal proposal = proposals.findById(proposalId).orElseThrow();
        if (!isCorrectable(proposal)) {
            throw new ProposalStateConflict(messages.getMessage("proposal.notCorrectable", null, locale));
        }
        new SubmissionValidator(messages).rejectIfInvalid(s, proposal.getCall(), locale);
        ProposalSubmission before = ProposalSubmission.of(proposal);
        proposal.getOrganisation()
                .update(s.organisationName(), OrganisationType.valueOf(s.organisationType()), s.organisationCommune());
        apply(s, proposal);
        List<String> changes = ProposalChanges.between(before, ProposalSubmission.of(proposal), proposal.getCall());
        if (changes.isEmpty()) {
            return proposal;
        }
        proposal.touch(clock);
        runtimeService.setVariables(proposal.getProcessInstanceId(), processFacts(proposal));
        // The open check is named after the proposal: its new title too.
        taskService
                .createTaskQuery()
                .processInstanceId(proposal.getProcessInstanceId())
                .list()
                .forEach(task -> {
                    task.setName(TaskNames.readable(
                            TaskNames.step(task.getName()), proposal.getReference(), proposal.getTitle(), null));
                    taskService.saveTask(task);
                });
        ProposalCorrection correction = proposalCorrections.save(
                new ProposalCorrection(proposal, String.join("\n", changes), OffsetDateTime.now(clock)));
        events.publishEvent(new ProposalCorrected(proposal.getId(), correction.getId(), changes));
        return proposal;
    }

    /** The applicant's corrections of their proposal, oldest first. */
    @Transactional(readOnly = true)
    public List<ProposalCorrection> correctionsOf(Long proposalId) {
        return proposalCorrections.findByProposalIdOrderByReceivedAt(proposalId);
    }

    /** Open call, no eligibility decision taken yet (no information ever requested), and nobody on the check. */
    @Transactional(readOnly = true)
    public boolean isCorrectable(Proposal proposal) {
        boolean awaitingFirstCheck = EnumSet.of(ProposalStatus.SUBMITTED, ProposalStatus.ELIGIBILITY_CHECK)
                        .contains(proposal.getStatus())
                && proposal.getStatusChanges().stream()
                        .noneMatch(c -> c.getStatus() == ProposalStatus.INFORMATION_REQUESTED);
        return awaitingFirstCheck
                && proposal.getCall().acceptsSubmissionsAt(OffsetDateTime.now(clock))
                && taskService
                                .createTaskQuery()
                                .processInstanceId(proposal.getProcessInstanceId())
                                .taskDefinitionKey(ProcessVariables.TASK_CHECK_ELIGIBILITY)
                                .taskAssigned()
                                .count()
                        == 0;
    }

    private Call openCall(ProposalSubmission s, Locale locale) {
        Call call = Optional.ofNullable(s.callSlug())
                .flatMap(calls::findBySlug)
                .orElseThrow(() -> rejected("callSlug", "unknownCall", locale));
        if (!call.acceptsSubmissionsAt(OffsetDateTime.now(clock))) {
            throw rejected("callSlug", "callClosed", locale);
        }
        return call;
    }

    private void apply(ProposalSubmission s, Proposal proposal) {
        Call call = proposal.getCall();
        boolean contribution = ProposalKind.valueOf(s.kind()) == ProposalKind.CONTRIBUTION;
        proposal.setKind(ProposalKind.valueOf(s.kind()));
        proposal.setContact(s.contactName(), s.contactEmail(), s.contactPhone());
        proposal.setLanguage(s.language() == null ? "fr" : s.language());
        proposal.setContent(s.title(), s.summary(), s.description());
        proposal.setPlannedDates(FormValues.date(s.plannedStart()), FormValues.date(s.plannedEnd()));
        // A real commune is kept under its official name and INSEE code ("st martin d'heres" becomes
        // Saint-Martin-d'Hères, "Grenoble (38000)" Grenoble), inside the territory or not; anything else as typed.
        Optional<Commune> commune = call.communeNamed(s.commune())
                .or(() -> communes.find(s.commune(), communes.departementsOf(call.getTerritory()))
                        .map(known -> new Commune(known.inseeCode(), known.name())));
        proposal.setCommune(
                commune.map(Commune::name).orElse(s.commune()),
                commune.map(Commune::inseeCode).orElse(null));
        proposal.setPlace(s.place());
        proposal.setUmbrellaEvent(s.umbrellaEvent());
        // The form hides the offer fields unless the proposal is a contribution: never keep values the applicant can't
        // see.
        proposal.setOfferDescription(contribution ? s.offerDescription() : null);
        proposal.setRoomCapacity(
                contribution && s.roomCapacity() != null && s.offers().contains(OfferType.ROOM.name())
                        ? Integer.valueOf(s.roomCapacity())
                        : null);
        proposal.setIntroductionConsent("YES".equals(s.introductionConsent()));
        proposal.setSchoolInvolvement(
                s.schoolInvolvement() == null
                        ? SchoolInvolvement.NONE
                        : SchoolInvolvement.valueOf(s.schoolInvolvement()));
        replace(proposal.getThemes(), s.themes());
        replace(
                proposal.getAudiences(),
                s.audiences().stream().map(Audience::valueOf).toList());
        replace(
                proposal.getNeeds(),
                s.needs().stream().map(AccompanimentNeed::valueOf).toList());
        replace(
                proposal.getOffers(),
                contribution ? s.offers().stream().map(OfferType::valueOf).toList() : List.of());
        replace(proposal.getBonusCriteria(), s.bonusCriteria());
    }

    private static <T> void replace(Set<T> current, Collection<T> wanted) {
        current.retainAll(wanted);
        current.addAll(wanted);
    }

    /**
     * The variables that forms and gateways need: ids and non-personal facts, shown read-only to reviewers in French.
     */
    public Map<String, Object> processFacts(Proposal proposal) {
        Call call = proposal.getCall();
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put(PROPOSAL_ID, proposal.getId());
        facts.put(CALL_ID, call.getId());
        facts.put(ProcessVariables.REVIEWER_GROUP, call.getReviewerGroup());
        facts.put(ProcessVariables.PROPOSAL_REFERENCE, proposal.getReference());
        facts.put(ProcessVariables.PROPOSAL_TITLE, proposal.getTitle());
        facts.put(ProposalFormFacts.SUMMARY.name(), proposal.getSummary());
        facts.put(ProcessVariables.PROPOSAL_SHEET, ProposalSheet.of(proposal).forReviewers());
        facts.put(
                ProposalFormFacts.KIND.name(), messages.getMessage("kind." + proposal.getKind(), null, Locale.FRENCH));
        facts.put(
                ProposalFormFacts.THEMES.name(),
                call.getThemes().stream()
                        .filter(t -> proposal.getThemes().contains(t.code()))
                        .map(CallTheme::label)
                        .collect(Collectors.joining(" ; ")));
        facts.put(ProposalFormFacts.DATES.name(), describeDates(proposal));
        facts.put(ProposalFormFacts.COMMUNE.name(), proposal.getCommuneName() == null ? "" : proposal.getCommuneName());
        facts.put(
                ProposalFormFacts.NEEDS.name(),
                proposal.getNeeds().stream()
                        .map(need -> messages.getMessage("need." + need, null, Locale.FRENCH))
                        .collect(Collectors.joining(" ; ")));
        facts.put(ProcessVariables.CALL_TITLE, call.getTitle());
        return facts;
    }

    private static String describeDates(Proposal proposal) {
        if (proposal.getPlannedStart() == null) {
            return "";
        }
        String start = WrittenDates.day(proposal.getPlannedStart(), Locale.FRENCH);
        return proposal.getPlannedEnd() == null || proposal.getPlannedEnd().equals(proposal.getPlannedStart())
                ? start
                : "du " + start + " au " + WrittenDates.day(proposal.getPlannedEnd(), Locale.FRENCH);
    }

    /** The applicant's answer to a request for information; resumes the eligibility check. */
    @Transactional
    public void provideInformation(Long proposalId, String answer, Locale locale) {
        Proposal proposal = proposals.findById(proposalId).orElseThrow();
        String text = answer == null || answer.isBlank() ? null : answer.strip();
        new SubmissionValidator(messages).rejectIfInvalidAnswer(text, locale);
        answers.save(new InformationAnswer(proposal, text, OffsetDateTime.now(clock)));
        correlate(
                proposal,
                ProcessVariables.MESSAGE_INFORMATION_PROVIDED,
                "noInformationRequested",
                Map.of(ProcessVariables.APPLICANT_ANSWER, text));
    }

    /** Whether the process waits for the holder to confirm their programme entry. */
    @Transactional(readOnly = true)
    public boolean isAwaitingEntryConfirmation(Proposal proposal) {
        return runtimeService
                        .createEventSubscriptionQuery()
                        .processInstanceId(proposal.getProcessInstanceId())
                        .eventName(ProcessVariables.MESSAGE_PROGRAMME_ENTRY_REVIEWED)
                        .count()
                > 0;
    }

    /** The holder confirms their programme entry as prepared: it is published. */
    @Transactional
    public void confirmProgrammeEntry(Long proposalId) {
        Map<String, Object> noCorrection = new java.util.HashMap<>();
        noCorrection.put(ProcessVariables.ENTRY_CORRECTION, null);
        correlate(
                proposals.findById(proposalId).orElseThrow(),
                ProcessVariables.MESSAGE_PROGRAMME_ENTRY_REVIEWED,
                "noEntryToConfirm",
                noCorrection);
    }

    /** The holder asks for a correction of their programme entry: it goes back to the follow-up person. */
    @Transactional
    public void requestEntryCorrection(Long proposalId, String correction, Locale locale) {
        Proposal proposal = proposals.findById(proposalId).orElseThrow();
        String text = correction == null || correction.isBlank() ? null : correction.strip();
        new SubmissionValidator(messages).rejectIfInvalidAnswer(text, locale);
        corrections.save(new EntryCorrection(proposal, text, OffsetDateTime.now(clock)));
        correlate(
                proposal,
                ProcessVariables.MESSAGE_PROGRAMME_ENTRY_REVIEWED,
                "noEntryToConfirm",
                Map.of(ProcessVariables.ENTRY_CORRECTION, text));
    }

    /**
     * Withdraws the proposal a withdrawal link was mailed for, if the link is still good; the link is used up in the
     * same transaction, so a second click (or a second tab) withdraws nothing.
     */
    @Transactional
    public boolean withdrawConfirmed(String actionToken) {
        Optional<Long> proposalId = trackingLinks.consume(actionToken, TrackingToken.Purpose.WITHDRAWAL);
        proposalId.ifPresent(this::withdraw);
        return proposalId.isPresent();
    }

    /** Withdraws a proposal at whatever stage it is; the process cancels its calendar entry and tells the applicant. */
    @Transactional
    public void withdraw(Long proposalId) {
        Proposal proposal = proposals.findById(proposalId).orElseThrow();
        correlate(proposal, ProcessVariables.MESSAGE_PROPOSAL_WITHDRAWN, "alreadyClosed", Map.of());
    }

    private void correlate(Proposal proposal, String message, String errorCode, Map<String, Object> variables) {
        try {
            runtimeService
                    .createMessageCorrelation(message)
                    .processInstanceId(proposal.getProcessInstanceId())
                    .setVariables(variables)
                    .correlate();
        } catch (MismatchingMessageCorrelationException e) {
            throw new ProposalStateConflict(messages.getMessage("proposal." + errorCode, null, proposal.locale()));
        }
    }

    private SubmissionRejected rejected(String field, String code, Locale locale) {
        return new SubmissionRejected(List.of(new SubmissionRejected.FieldError(field, code)), messages, locale);
    }

    private String newReference() {
        // 16 symbols of 5 bits: 80 random bits, enough to be unguessable as a Cockpit search key (not a secret).
        StringBuilder reference = new StringBuilder("P-");
        for (int i = 0; i < 16; i++) {
            reference.append(REFERENCE_ALPHABET[random.nextInt(REFERENCE_ALPHABET.length)]);
        }
        return reference.toString();
    }
}
