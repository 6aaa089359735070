package org.constellation.report;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRecords;
import org.constellation.workflow.StaffNames;
import org.constellation.workflow.WrittenNumbers;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The report of a proposal's event: in the case's story, what it counts and who gave it; in the holder's export, all
 * they gave (their photos by name: each is downloaded from the tracking page), never who of the team entered it.
 */
@Component
public class ReportRecords implements ProposalRecords {

    /** The report as its holder reads it; {@code enteredByTheTeam} when the team entered it for them. */
    public record Given(
            OffsetDateTime receivedAt,
            boolean enteredByTheTeam,
            List<EventReport.Session> sessions,
            List<String> publics,
            String partners,
            String account,
            List<String> photos) {}

    public static final HolderParts.Key<Given> REPORT = new HolderParts.Key<>("report");

    private final EventReports reports;
    private final StaffNames staff;
    private final MessageSource messages;

    public ReportRecords(EventReports reports, StaffNames staff, MessageSource messages) {
        this.reports = reports;
        this.staff = staff;
        this.messages = messages;
    }

    /** « Bilan reçu : 120 personnes sur 2 séances, dont 45 élèves », and who gave it. */
    @Override
    public List<Dated> story(Proposal proposal) {
        return reports
                .of(proposal.getId())
                .map(report -> new Dated(report.receivedAt(), Happening.REPORT, told(report)))
                .stream()
                .toList();
    }

    private String told(EventReports.Report report) {
        Object[] counts = {
            count("report.count.people", report.attendance()),
            count("report.count.sessions", report.sessions().size()),
            count("report.count.pupils", report.pupils()),
            report.enteredBy() == null ? null : staff.fullName(report.enteredBy())
        };
        return messages.getMessage(
                report.enteredBy() == null ? "report.story" : "report.story.enteredBy", counts, Locale.FRENCH);
    }

    /** A count in French words: the singular for 0 and 1, « 1 200 personnes ». */
    private String count(String key, int number) {
        return messages.getMessage(
                key + (number <= 1 ? ".one" : ".other"), new Object[] {WrittenNumbers.of(number)}, Locale.FRENCH);
    }

    @Override
    public void addTo(HolderParts parts, Proposal proposal) {
        reports.of(proposal.getId())
                .ifPresent(report -> parts.put(
                        REPORT,
                        new Given(
                                report.receivedAt(),
                                report.enteredBy() != null,
                                report.sessions(),
                                report.publics(),
                                report.partners(),
                                report.account(),
                                report.photos().stream()
                                        .map(PhotoFile::fileName)
                                        .toList())));
    }
}
