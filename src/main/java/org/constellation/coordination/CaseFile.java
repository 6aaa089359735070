package org.constellation.coordination;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.constellation.funding.Budget;
import org.constellation.notification.MailRecords;
import org.constellation.notification.OutboxMail;
import org.constellation.obligation.Obligations;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalCorrection;
import org.constellation.proposal.ProposalCorrections;
import org.constellation.proposal.ProposalRecords;
import org.constellation.proposal.ProposalRecords.Happening;
import org.constellation.proposal.ProposalRepository;
import org.constellation.proposal.ProposalSheet;
import org.constellation.renewal.Renewals;
import org.constellation.workflow.StaffNames;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One case's page as the team reads it: the proposal, and its story told from what every capability holds about it
 * ({@link ProposalRecords}, as the holder's export reads it) with the team's own notes; its obligations after
 * selection.
 */
@Service
class CaseFile {

    /** A case's story, and its mails whose delivery failed. */
    record Story(List<ProposalRecords.Dated> events, List<OutboxMail> failedMails) {}

    /**
     * The proposal as its case page shows it to the team: every answered line of its sheet in the form's words, the
     * contact person's included (the reviewers' forms leave those out); the applicant's corrections, oldest first; the
     * earlier proposal it renews, or null; a funding call's forecast budget and the organisation's SIRET, or null.
     */
    record Reading(
            List<ProposalSheet.Line> lines,
            List<ProposalCorrection> corrections,
            Renewals.Renewed renewed,
            Budget budget,
            String siret) {}

    private final ProposalRepository proposals;
    private final List<ProposalRecords> records;
    private final MailRecords mails;
    private final ProposalCorrections corrections;
    private final Renewals renewals;
    private final CaseWork work;
    private final StaffNames staff;
    private final Obligations obligations;

    CaseFile(
            ProposalRepository proposals,
            List<ProposalRecords> records,
            MailRecords mails,
            ProposalCorrections corrections,
            Renewals renewals,
            CaseWork work,
            StaffNames staff,
            Obligations obligations) {
        this.proposals = proposals;
        this.records = records;
        this.mails = mails;
        this.corrections = corrections;
        this.renewals = renewals;
        this.work = work;
        this.staff = staff;
        this.obligations = obligations;
    }

    /**
     * A case's story, oldest first: its steps, the team's decisions, the applicant's answer, every mail sent, its
     * introductions, the forum, its published programme entry, and what the team wrote on it; and the mails among them
     * whose delivery failed, which the case page says first.
     */
    @Transactional(readOnly = true)
    Story story(Proposal proposal) {
        List<ProposalRecords.Dated> events = new ArrayList<>();
        records.forEach(capability -> events.addAll(capability.story(proposal)));
        List<CaseEntry> written = work.entriesOf(proposal.getId());
        Map<String, String> names =
                staff.fullNames(written.stream().map(CaseEntry::getAuthor).toList());
        written.forEach(entry -> events.add(new ProposalRecords.Dated(
                entry.getWrittenAt(),
                entry.getKind() == CaseEntry.Kind.NOTE ? Happening.NOTE : Happening.TEAM,
                names.get(entry.getAuthor()) + " : " + entry.getBody())));
        events.sort(Comparator.comparing(ProposalRecords.Dated::at).thenComparingInt(CaseFile::rank));
        return new Story(events, mails.failedOf(proposal.getId()));
    }

    /** Events of the same instant in the lifecycle's order; the team's actions and notes last, as they were written. */
    private static int rank(ProposalRecords.Dated event) {
        return Math.min(event.what().ordinal(), Happening.TEAM.ordinal());
    }

    /** The proposal's {@link Reading}, its answers read in one transaction (their collections are lazy). */
    @Transactional(readOnly = true)
    Reading reading(Long proposalId) {
        Proposal proposal = proposals.findById(proposalId).orElseThrow();
        List<ProposalSheet.Line> lines = ProposalSheet.of(proposal).lines().stream()
                .filter(line -> line.value() != null && !line.value().isBlank())
                .toList();
        return new Reading(
                lines,
                corrections.correctionsOf(proposalId),
                renewals.renewedFrom(proposal),
                proposal.forecastBudget().orElse(null),
                proposal.getOrganisation().getSiret());
    }

    /** The proposal's obligations after selection, each said late or not; none before its entry was published. */
    List<Obligations.Owed> obligations(Long proposalId) {
        return obligations.owedBy(proposalId);
    }
}
