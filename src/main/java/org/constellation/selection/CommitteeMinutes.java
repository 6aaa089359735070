package org.constellation.selection;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.constellation.call.Call;
import org.constellation.call.Calls;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.Proposals;
import org.constellation.workflow.ParisTime;
import org.constellation.workflow.PdfDocuments;
import org.constellation.workflow.StaffNames;
import org.constellation.workflow.WrittenDates;
import org.constellation.workflow.WrittenNumbers;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The minutes of a committee's sitting (« procès-verbal »), a PDF (templates/pdf/committee-minutes.html, tagged PDF/UA
 * through {@link PdfDocuments}): the call, the day, the members present, the withdrawals of experts from the proposals
 * decided (who, which proposal, what conflict, when: the déports the law wants on record), each decision with its
 * proposal, holder, rank, score and motivation, and who recorded it. Built from what is recorded, each time.
 */
@Component
public class CommitteeMinutes {

    /** What the minutes say, every date and number already in words for the reader's language. */
    public record Minutes(
            String callTitle,
            String heldOn,
            List<String> members,
            List<Withdrawal> withdrawals,
            List<Decided> decisions,
            String recordedBy,
            String recordedAt) {}

    /** An expert's withdrawal from a proposal decided: its kind as a message key, its moment in words. */
    public record Withdrawal(String expert, String proposalTitle, String kindKey, String at) {}

    /** A decision of the sitting; rank and score as the ranking gave them when the committee decided. */
    public record Decided(
            String title,
            String reference,
            String holder,
            Integer rank,
            String score,
            int scaleMax,
            SelectionOutcome outcome,
            String motivation) {}

    private final Committee committee;
    private final WithdrawalRegister register;
    private final Proposals proposals;
    private final Calls calls;
    private final StaffNames staff;
    private final PdfDocuments pdf;

    public CommitteeMinutes(
            Committee committee,
            WithdrawalRegister register,
            Proposals proposals,
            Calls calls,
            StaffNames staff,
            PdfDocuments pdf) {
        this.committee = committee;
        this.register = register;
        this.proposals = proposals;
        this.calls = calls;
        this.staff = staff;
        this.pdf = pdf;
    }

    /** The sitting's minutes; empty for no such sitting. */
    @Transactional(readOnly = true)
    public Optional<Minutes> of(Long sessionId, Locale locale) {
        return committee.session(sessionId).map(session -> {
            Call call = calls.get(session.getCallId());
            List<CommitteeDecision> decided = committee.decisionsOf(sessionId);
            Set<Long> proposalIds =
                    decided.stream().map(CommitteeDecision::getProposalId).collect(Collectors.toSet());
            List<Withdrawal> withdrawals = register.of(call.getId()).stream()
                    .filter(entry -> proposalIds.contains(entry.proposalId()))
                    .map(entry -> new Withdrawal(
                            entry.expert(), entry.proposalTitle(), entry.kindKey(), moment(entry.at(), locale)))
                    .toList();
            Map<Long, Proposal> byId = proposals.ofCall(call.getId()).stream()
                    .filter(p -> proposalIds.contains(p.getId()))
                    .collect(Collectors.toMap(Proposal::getId, p -> p));
            List<Decided> decisions = decided.stream()
                    .map(decision -> decided(decision, byId.get(decision.getProposalId()), call, locale))
                    .toList();
            return new Minutes(
                    call.getTitle(),
                    WrittenDates.day(session.getHeldOn(), locale),
                    session.getMembers(),
                    withdrawals,
                    decisions,
                    staff.fullName(session.getRecordedBy()),
                    moment(session.getRecordedAt(), locale));
        });
    }

    /** The minutes as a PDF in the reader's language; empty for no such sitting. */
    public Optional<byte[]> pdf(Long sessionId, Locale locale) {
        return of(sessionId, locale)
                .map(minutes -> pdf.render("committee-minutes", Map.of("minutes", minutes), locale));
    }

    /** The file's name: the sitting's day, as the team writes it. */
    public static String fileName(CommitteeSession session) {
        return "proces-verbal-"
                + WrittenDates.SHORT_DAY.format(session.getHeldOn()).replace('/', '-') + ".pdf";
    }

    private static Decided decided(CommitteeDecision decision, Proposal proposal, Call call, Locale locale) {
        BigDecimal score = decision.getScore();
        return new Decided(
                proposal == null ? "—" : proposal.getTitle(),
                proposal == null ? "—" : proposal.getReference(),
                proposal == null || proposal.getOrganisation() == null
                        ? "—"
                        : proposal.getOrganisation().getName(),
                decision.getRanking(),
                score == null ? null : WrittenNumbers.decimal(score.doubleValue(), locale),
                call.getJury().getScaleMax(),
                decision.getOutcome(),
                decision.getMotivation());
    }

    private static String moment(OffsetDateTime at, Locale locale) {
        return at == null ? null : WrittenDates.moment(ParisTime.of(at).toLocalDateTime(), locale);
    }
}
