package org.constellation.proposal;

import static org.constellation.workflow.ProcessVariables.CALL_ID;
import static org.constellation.workflow.ProcessVariables.PROPOSAL_ID;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.constellation.call.Call;
import org.constellation.call.CallRepository;
import org.constellation.call.CallTheme;
import org.constellation.call.Commune;
import org.constellation.call.CommuneRegistry;
import org.constellation.funding.Siret;
import org.constellation.workflow.FormValues;
import org.constellation.workflow.ProcessVariables;
import org.constellation.workflow.WrittenDates;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Registers proposals and starts their lifecycle, with the facts its process carries. */
@Service
public class ProposalService {

    private static final char[] REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final ProposalRepository proposals;
    private final CallRepository calls;
    private final RuntimeService runtimeService;
    private final CommuneRegistry communes;
    private final MessageSource messages;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public ProposalService(
            ProposalRepository proposals,
            CallRepository calls,
            RuntimeService runtimeService,
            CommuneRegistry communes,
            MessageSource messages,
            Clock clock) {
        this.proposals = proposals;
        this.calls = calls;
        this.runtimeService = runtimeService;
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
     * Starts the lifecycle of a proposal the caller's transaction registered ({@link #register}): both are kept or
     * neither is. A renewal links the two proposals in between.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Proposal start(Proposal proposal) {
        Map<String, Object> variables = new LinkedHashMap<>(processFacts(proposal));
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(
                ProcessVariables.PROPOSAL_LIFECYCLE, proposal.getReference(), variables);
        proposal.setProcessInstanceId(instance.getId());
        return proposal;
    }

    /**
     * The checks of {@link #submit}, without storing anything: the portal limits per email only what would be stored.
     */
    @Transactional(readOnly = true)
    public void check(ProposalSubmission s, Locale locale) {
        new SubmissionValidator(messages).rejectIfInvalid(s, openCall(s, locale), locale, true);
    }

    @Transactional(readOnly = true)
    public Optional<Proposal> findBySubmissionKey(String submissionKey) {
        return proposals.findBySubmissionKey(submissionKey);
    }

    /** Validates and stores a proposal without starting a process (the caller starts it, or is already inside one). */
    @Transactional
    public Proposal register(ProposalSubmission s, Locale locale) {
        return register(s, locale, null);
    }

    private Proposal register(ProposalSubmission s, Locale locale, String submissionKey) {
        Call call = openCall(s, locale);
        // A portal submission comes with its form key; staff register without one, in Tasklist.
        new SubmissionValidator(messages).rejectIfInvalid(s, call, locale, submissionKey != null);

        Organisation organisation = new Organisation(
                s.organisationName(), OrganisationType.valueOf(s.organisationType()), s.organisationCommune());
        Proposal proposal = new Proposal(newReference(), call, organisation, clock);
        proposal.setSubmissionKey(submissionKey);
        apply(s, proposal);
        // Flushed at once: a replayed form key fails here, before any process starts.
        return proposals.saveAndFlush(proposal);
    }

    /** The call a submission is for, open now; refused as the form says otherwise (an unknown call, or closed). */
    public Call openCall(ProposalSubmission s, Locale locale) {
        Call call = Optional.ofNullable(s.callSlug())
                .flatMap(calls::findBySlug)
                .orElseThrow(() -> rejected("callSlug", "unknownCall", locale));
        if (!call.acceptsSubmissionsAt(OffsetDateTime.now(clock))) {
            throw rejected("callSlug", "callClosed", locale);
        }
        return call;
    }

    /** Writes the submission's answers into the proposal: at registration, and for a correction. */
    void apply(ProposalSubmission s, Proposal proposal) {
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
        proposal.setCommitments(commitments(s, call));
        // A funding call's project or intention gives its budget on the portal; a contribution asks for nothing.
        boolean budgeted = call.funds() && !contribution && s.budget() != null;
        proposal.setBudget(
                budgeted ? Siret.read(s.budget().siret()) : null,
                budgeted ? s.budget().read(call.getFundingCategories()) : null);
    }

    /**
     * The answers to the call's charter, each with the commitment's words as they were answered; none for a call that
     * labels nothing, nor when the charter was not answered (a proposal registered in Tasklist).
     */
    private static List<CommitmentAnswer> commitments(ProposalSubmission s, Call call) {
        if (!call.labels() || s.commitments().isEmpty()) {
            return List.of();
        }
        List<CommitmentAnswer> answers = new ArrayList<>();
        for (int i = 0; i < call.getLabelCommitments().size(); i++) {
            ProposalSubmission.Answer answer = s.commitments().get(i);
            answers.add(new CommitmentAnswer(
                    call.getLabelCommitments().get(i).label(),
                    answer.accepted(),
                    answer.how() == null || answer.how().isBlank()
                            ? null
                            : answer.how().strip()));
        }
        return answers;
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
