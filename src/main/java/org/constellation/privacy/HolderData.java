package org.constellation.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.constellation.accompaniment.AccompanimentRecords;
import org.constellation.eligibility.EligibilityRecords;
import org.constellation.forum.ForumRecords;
import org.constellation.label.LabelRecords;
import org.constellation.matching.IntroductionRecords;
import org.constellation.notification.MailRecords;
import org.constellation.obligation.ObligationRecords;
import org.constellation.programme.ProgrammeRecords;
import org.constellation.proposal.BudgetRecords;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalHistory;
import org.constellation.proposal.ProposalRecords;
import org.constellation.proposal.ProposalRepository;
import org.constellation.proposal.ProposalSubmission;
import org.constellation.report.ReportRecords;
import org.constellation.selection.SelectionRecords;
import org.constellation.subsidy.AgreementRecords;
import org.constellation.subsidy.AwardRecords;
import org.constellation.subsidy.FinalReportRecords;
import org.constellation.subsidy.PaymentRecords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything Constellation holds about one proposal's holder (GDPR, right of access, article 15): what they gave in the
 * form, as the form names it, with a funding call's budget and their SIRET; the steps of their proposal; their answers;
 * the team's eligibility decisions with their words (reasons, a coordinator's note, why a criterion was judged against
 * the rules); the accompaniment plan; the introductions; their forum registration; their programme entry and the
 * corrections they asked for; the report of their event; their obligations after selection and the evidence they gave;
 * a labelling call's label, with their answers to its charter and why it was withdrawn; a funding call's subsidy,
 * awarded or refused, and why, its agreement, when and how it was accepted, its payments and its final report, with why
 * it was sent back; and every mail sent to them, as sent. The register of processing lists what it holds
 * (docs/register-of-processing.md, « What the holder reads »). Nothing of another person: mails of the case sent to the
 * team or to a partner are left out, a partner appears by their proposal's title only, as the introduction mail named
 * it, and the team by no user id. The holder downloads it from their tracking page; a coordinator produces it for a
 * request received by mail. Each capability gives its parts ({@link ProposalRecords}), as it does to the case and
 * tracking pages.
 */
@Service
public class HolderData {

    /**
     * The export; {@code budget} is null but for a funding call's project; {@code accompaniment}, {@code forum},
     * {@code programmeEntry}, {@code report} and {@code obligations} are null until the case reached them (the forum:
     * until the holder answered its invitation; the report: until it was given; the obligations: until the entry was
     * published in a call that sets some); {@code label} is null for a call that labels nothing; {@code payments} and
     * {@code finalReport} are null but for a funded project, until it was paid and gave its final report;
     * {@code funding} until a funding call decided the subsidy; {@code agreement} until a subsidy's agreement was sent.
     */
    public record Export(
            OffsetDateTime producedAt,
            String reference,
            String call,
            String status,
            Map<String, Object> submitted,
            BudgetRecords.Held budget,
            List<ProposalHistory.Step> steps,
            List<ProposalHistory.Text> answers,
            List<EligibilityRecords.Decision> eligibility,
            List<SelectionRecords.Told> selection,
            List<ProposalHistory.Text> proposalCorrections,
            AccompanimentRecords.Plan accompaniment,
            List<IntroductionRecords.Introduced> introductions,
            ForumRecords.Registration forum,
            ProgrammeRecords.Entry programmeEntry,
            List<ProposalHistory.Text> corrections,
            ReportRecords.Given report,
            List<ObligationRecords.Held> obligations,
            LabelRecords.Held label,
            List<PaymentRecords.Paid> payments,
            FinalReportRecords.Held finalReport,
            AwardRecords.Held funding,
            AgreementRecords.Held agreement,
            List<MailRecords.Mail> mails) {}

    private final ProposalRepository proposals;
    private final List<ProposalRecords> records;
    private final ObjectMapper json;
    private final Clock clock;

    public HolderData(ProposalRepository proposals, List<ProposalRecords> records, ObjectMapper json, Clock clock) {
        this.proposals = proposals;
        this.records = records;
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
        ProposalRecords.HolderParts parts = new ProposalRecords.HolderParts();
        records.forEach(capability -> capability.addTo(parts, proposal));
        return new Export(
                OffsetDateTime.now(clock),
                proposal.getReference(),
                proposal.getCall().getTitle(),
                proposal.getStatus().name(),
                ProposalSubmission.of(proposal).asFormValues(),
                parts.get(BudgetRecords.BUDGET),
                parts.get(ProposalHistory.STEPS),
                parts.get(ProposalHistory.ANSWERS),
                parts.get(EligibilityRecords.DECISIONS),
                parts.get(SelectionRecords.DECISIONS),
                parts.get(ProposalHistory.PROPOSAL_CORRECTIONS),
                parts.get(AccompanimentRecords.PLAN),
                parts.get(IntroductionRecords.INTRODUCTIONS),
                parts.get(ForumRecords.REGISTRATION),
                parts.get(ProgrammeRecords.ENTRY),
                parts.get(ProposalHistory.ENTRY_CORRECTIONS),
                parts.get(ReportRecords.REPORT),
                parts.get(ObligationRecords.OBLIGATIONS),
                parts.get(LabelRecords.LABEL),
                parts.get(PaymentRecords.PAYMENTS),
                parts.get(FinalReportRecords.FINAL_REPORT),
                parts.get(AwardRecords.FUNDING),
                parts.get(AgreementRecords.AGREEMENT),
                parts.get(MailRecords.MAILS));
    }
}
