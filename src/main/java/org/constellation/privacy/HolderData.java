package org.constellation.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.constellation.accompaniment.AccompanimentPlan;
import org.constellation.accompaniment.AccompanimentPlanRepository;
import org.constellation.forum.ForumRegistration;
import org.constellation.forum.ForumRegistrationRepository;
import org.constellation.matching.Introduction;
import org.constellation.matching.IntroductionRepository;
import org.constellation.notification.OutboxMail;
import org.constellation.notification.OutboxMailRepository;
import org.constellation.programme.ProgrammeEntry;
import org.constellation.programme.ProgrammeEntryRepository;
import org.constellation.programme.Timing;
import org.constellation.proposal.EntryCorrectionRepository;
import org.constellation.proposal.InformationAnswerRepository;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalCorrectionRepository;
import org.constellation.proposal.ProposalRepository;
import org.constellation.proposal.ProposalSubmission;
import org.constellation.review.CriterionAssessment;
import org.constellation.review.CriterionAssessmentRepository;
import org.constellation.review.EligibilityDecision;
import org.constellation.review.EligibilityDecisionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything Constellation holds about one proposal's holder (GDPR, right of access, article 15): what they gave in
 * the form, as the form names it; the steps of their proposal; their answers; the team's eligibility decisions with
 * their words (reasons, a coordinator's note, why a criterion was judged against the rules); the accompaniment plan;
 * the introductions; their forum registration; their programme entry and the corrections they asked for; and every
 * mail sent to them, as sent. The register of processing lists what it holds (docs/register-of-processing.md, « What
 * the holder reads »). Nothing of another person: mails of the case sent to the team or to a partner are left out, a
 * partner appears by their proposal's title only, as the introduction mail named it, and the team by no user id. The
 * holder downloads it from their tracking page; a coordinator produces it for a request received by mail.
 */
@Service
public class HolderData {

    public record Step(String status, OffsetDateTime at) {}

    public record Text(String text, OffsetDateTime receivedAt) {}

    /** A criterion as the reviewer judged it; {@code overrideReason} where they departed from the rules. */
    public record Verdict(String criterion, String label, String verdict, String overrideReason) {}

    /**
     * An eligibility decision: what the team asked for, its reasons, its verdicts, and when a coordinator confirmed it or
     * sent it back to the check with a note.
     */
    public record Decision(
            String outcome,
            OffsetDateTime decidedAt,
            String missingInformation,
            String reasons,
            List<Verdict> criteria,
            OffsetDateTime confirmedAt,
            String confirmationNote) {}

    public record Plan(String needs, String actions, OffsetDateTime recordedAt) {}

    /** A partner the team introduced, by their proposal's title (none once their data is erased), and its word. */
    public record Introduced(String partner, String note, OffsetDateTime introducedAt) {}

    public record Forum(boolean attending, String seeks, String offers, OffsetDateTime registeredAt) {}

    public record Entry(
            String title,
            String shortDescription,
            String description,
            List<Timing> timings,
            String place,
            String streetAddress,
            String commune,
            List<String> registration,
            String organiser,
            List<String> partners,
            String status,
            OffsetDateTime publishedAt) {}

    public record Mail(
            String subject, String text, String to, OffsetDateTime queuedAt, OffsetDateTime sentAt, String status) {}

    /**
     * The export; {@code accompaniment}, {@code forum} and {@code programmeEntry} are null until the case reached them
     * (the forum: until the holder answered its invitation).
     */
    public record Export(
            OffsetDateTime producedAt,
            String reference,
            String call,
            String status,
            Map<String, Object> submitted,
            List<Step> steps,
            List<Text> answers,
            List<Decision> eligibility,
            List<Text> proposalCorrections,
            Plan accompaniment,
            List<Introduced> introductions,
            Forum forum,
            Entry programmeEntry,
            List<Text> corrections,
            List<Mail> mails) {}

    private final ProposalRepository proposals;
    private final InformationAnswerRepository answers;
    private final EligibilityDecisionRepository decisions;
    private final CriterionAssessmentRepository criteria;
    private final AccompanimentPlanRepository plans;
    private final IntroductionRepository introductions;
    private final ForumRegistrationRepository forum;
    private final ProgrammeEntryRepository entries;
    private final EntryCorrectionRepository corrections;
    private final ProposalCorrectionRepository proposalCorrections;
    private final OutboxMailRepository mails;
    private final ObjectMapper json;
    private final Clock clock;

    public HolderData(
            ProposalRepository proposals,
            InformationAnswerRepository answers,
            EligibilityDecisionRepository decisions,
            CriterionAssessmentRepository criteria,
            AccompanimentPlanRepository plans,
            IntroductionRepository introductions,
            ForumRegistrationRepository forum,
            ProgrammeEntryRepository entries,
            EntryCorrectionRepository corrections,
            ProposalCorrectionRepository proposalCorrections,
            OutboxMailRepository mails,
            ObjectMapper json,
            Clock clock) {
        this.proposals = proposals;
        this.answers = answers;
        this.decisions = decisions;
        this.criteria = criteria;
        this.plans = plans;
        this.introductions = introductions;
        this.forum = forum;
        this.entries = entries;
        this.corrections = corrections;
        this.proposalCorrections = proposalCorrections;
        this.mails = mails;
        this.json = json;
        this.clock = clock;
    }

    /** The holder's data of this proposal; empty when there is no such proposal, or nobody's data left in it. */
    @Transactional(readOnly = true)
    public Optional<Export> of(Long proposalId) {
        return proposals
                .findById(proposalId)
                .filter(proposal -> !proposal.isErased())
                .map(this::export);
    }

    /** The same as a file to download: its name and its JSON. */
    public record Download(String fileName, String json) {}

    @Transactional(readOnly = true)
    public Optional<Download> download(Long proposalId) {
        return of(proposalId).map(data -> {
            try {
                return new Download(
                        "constellation-" + data.reference().toLowerCase() + ".json",
                        json.writerWithDefaultPrettyPrinter().writeValueAsString(data));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private Export export(Proposal proposal) {
        Long id = proposal.getId();
        List<Step> steps = proposal.getStatusChanges().stream()
                .map(change -> new Step(change.getStatus().name(), change.getChangedAt()))
                .toList();
        List<Text> answered = answers.findByProposalIdOrderByReceivedAt(id).stream()
                .map(answer -> new Text(answer.getAnswer(), answer.getReceivedAt()))
                .toList();
        List<Text> proposalCorrected = proposalCorrections.findByProposalIdOrderByReceivedAt(id).stream()
                .map(correction -> new Text(correction.getChanges(), correction.getReceivedAt()))
                .toList();
        List<Decision> decided = decisions.findByProposalIdOrderByDecidedAtAscIdAsc(id).stream()
                .map(this::decision)
                .toList();
        Plan plan = plans.findByProposalId(id).map(HolderData::plan).orElse(null);
        List<Introduced> introduced = introductions.findByProposalIdOrPartnerProposalIdOrderById(id, id).stream()
                .map(introduction -> introduced(introduction, id))
                .toList();
        Forum registration = forum.findByProposalIdIn(List.of(id)).stream()
                .findFirst()
                .map(HolderData::forum)
                .orElse(null);
        Entry entry = entries.findByProposalId(id).map(HolderData::entry).orElse(null);
        List<Text> corrected = corrections.findByProposalIdOrderByReceivedAt(id).stream()
                .map(correction -> new Text(correction.getCorrection(), correction.getReceivedAt()))
                .toList();
        List<Mail> sent = mails.findByRecipientIgnoreCaseOrderById(proposal.getContactEmail()).stream()
                .filter(mail -> id.equals(mail.getProposalId()) || id.equals(mail.getPartnerId()))
                .map(HolderData::mail)
                .toList();
        return new Export(
                OffsetDateTime.now(clock),
                proposal.getReference(),
                proposal.getCall().getTitle(),
                proposal.getStatus().name(),
                ProposalSubmission.of(proposal).asFormValues(),
                steps,
                answered,
                decided,
                proposalCorrected,
                plan,
                introduced,
                registration,
                entry,
                corrected,
                sent);
    }

    /** The decision without its reviewer's or coordinator's ids: those are the team's records, not the holder's. */
    private Decision decision(EligibilityDecision decision) {
        List<Verdict> verdicts = criteria.findByDecisionIdOrderById(decision.getId()).stream()
                .filter(criterion -> criterion.getVerdict() != null)
                .map(HolderData::verdict)
                .toList();
        return new Decision(
                decision.getOutcome().name(),
                decision.getDecidedAt(),
                decision.getMissingInformation(),
                decision.getReasons(),
                verdicts,
                decision.getConfirmedAt(),
                decision.getConfirmationNote());
    }

    private static Verdict verdict(CriterionAssessment criterion) {
        return new Verdict(
                criterion.getCriterion(), criterion.getLabel(), criterion.getVerdict(), criterion.getOverrideReason());
    }

    /** The plan without the follow-up person's user id; the plan's mail named them. */
    private static Plan plan(AccompanimentPlan plan) {
        return new Plan(plan.getNeeds(), plan.getActions(), plan.getRecordedAt());
    }

    private Introduced introduced(Introduction introduction, Long proposalId) {
        String partner = proposals
                .findById(introduction.partnerOf(proposalId))
                .filter(other -> !other.isErased())
                .map(Proposal::getTitle)
                .orElse(null);
        return new Introduced(partner, introduction.getNote(), introduction.getRecordedAt());
    }

    private static Forum forum(ForumRegistration registration) {
        return new Forum(
                registration.isAttending(),
                registration.getSeeks(),
                registration.getOffers(),
                registration.getRegisteredAt());
    }

    private static Entry entry(ProgrammeEntry entry) {
        return new Entry(
                entry.getTitle(),
                entry.getShortDescription(),
                entry.getDescription(),
                entry.getTimings(),
                entry.getPlace(),
                entry.getStreetAddress(),
                entry.getCommune(),
                entry.getRegistration(),
                entry.getOrganiser(),
                entry.getPartners(),
                entry.getStatus().name(),
                entry.getPublishedAt());
    }

    private static Mail mail(OutboxMail mail) {
        return new Mail(
                mail.getSubject(),
                mail.getBodyText(),
                mail.getRecipient(),
                mail.getQueuedAt(),
                mail.getSentAt(),
                mail.getStatus().name());
    }
}
