package org.constellation.subsidy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.constellation.funding.Amounts;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRecords;
import org.constellation.workflow.StaffNames;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A funded project's final report: in the case's story, when it was given (its expenses against the forecast), sent
 * back (why) and approved (by whom); in the holder's export, all they gave and why it was sent back, amounts in euros
 * as a file keeps them, never who of the team reviewed it.
 */
@Component
public class FinalReportRecords implements ProposalRecords {

    /** The final report as its holder reads it. */
    public record Held(
            OffsetDateTime givenAt,
            String activity,
            List<Expense> expenses,
            OffsetDateTime sentBackAt,
            String sentBackReason,
            OffsetDateTime approvedAt) {}

    /** A category of the call's eligible expenses: forecast in the budget, realised. */
    public record Expense(String category, BigDecimal forecast, BigDecimal realised) {}

    public static final HolderParts.Key<Held> FINAL_REPORT = new HolderParts.Key<>("finalReport");

    private final FinalReports reports;
    private final StaffNames staff;
    private final MessageSource messages;

    public FinalReportRecords(FinalReports reports, StaffNames staff, MessageSource messages) {
        this.reports = reports;
        this.staff = staff;
        this.messages = messages;
    }

    @Override
    public List<Dated> story(Proposal proposal) {
        List<Dated> told = new ArrayList<>();
        reports.of(proposal.getId()).ifPresent(report -> {
            told.add(new Dated(
                    report.givenAt(),
                    Happening.FINAL_REPORT,
                    words("finalReport.story.given", euros(report.realisedTotal()), euros(report.forecastTotal()))));
            if (report.sentBackAt() != null) {
                told.add(new Dated(
                        report.sentBackAt(),
                        Happening.FINAL_REPORT,
                        words("finalReport.story.sentBack", report.sentBackReason())));
            }
            if (report.approvedAt() != null) {
                told.add(new Dated(
                        report.approvedAt(),
                        Happening.FINAL_REPORT,
                        words("finalReport.story.approved", staff.fullName(report.approvedBy()))));
            }
        });
        return told;
    }

    @Override
    public void addTo(HolderParts parts, Proposal proposal) {
        reports.of(proposal.getId())
                .ifPresent(report -> parts.put(
                        FINAL_REPORT,
                        new Held(
                                report.givenAt(),
                                report.activity(),
                                report.expenses().stream()
                                        .map(expense -> new Expense(
                                                expense.category(),
                                                Amounts.euros(expense.forecast()),
                                                Amounts.euros(expense.realised())))
                                        .toList(),
                                report.sentBackAt(),
                                report.sentBackReason(),
                                report.approvedAt())));
    }

    private static String euros(long cents) {
        return Amounts.written(cents, Locale.FRENCH);
    }

    private String words(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.FRENCH);
    }
}
