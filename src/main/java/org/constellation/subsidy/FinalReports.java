package org.constellation.subsidy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.constellation.accompaniment.FollowUps;
import org.constellation.funding.Budget;
import org.constellation.programme.ProgrammeEntryChanged;
import org.constellation.programme.Timing;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalStateConflict;
import org.constellation.proposal.Proposals;
import org.constellation.report.EventReports;
import org.constellation.workflow.ParisTime;
import org.constellation.workflow.ProcessVariables;
import org.constellation.workflow.WaitingTimers;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A funded project's final report (issue 32, part 6): asked the day after the project's end
 * ({@code ${fundingReports.askOn(proposalId)}}), due after the call's report delay ({@code dueOn}; a month after it was
 * sent back, for a report to give again), the follow-up person told a month after that ({@code lateOn}). The holder
 * gives it on their tracking page while the lifecycle waits for it; the follow-up person approves it or sends it back
 * with a reason (« Examiner le rapport final »).
 */
@Service("fundingReports")
public class FinalReports {

    /** Where the lifecycle waits for the report: the only time the holder may give it. */
    static final String AWAIT = "Task_AwaitFinalReport";
    /** The hour dates of the phase fall at, in Paris: a working morning, as the event's report is asked. */
    static final LocalTime AT = LocalTime.of(9, 0);
    /** How long after its due day a report is late, and how long a report sent back is given to come again. */
    static final Period MONTH = Period.ofMonths(1);

    /** A report as the pages read it: its words, its expenses, where it stands. */
    public record Given(
            String activity,
            List<FinalReport.Expense> expenses,
            OffsetDateTime givenAt,
            OffsetDateTime sentBackAt,
            String sentBackReason,
            OffsetDateTime approvedAt,
            String approvedBy,
            boolean sentBack) {

        public long forecastTotal() {
            return expenses.stream().mapToLong(FinalReport.Expense::forecast).sum();
        }

        public long realisedTotal() {
            return expenses.stream().mapToLong(FinalReport.Expense::realised).sum();
        }

        public boolean approved() {
            return approvedAt != null;
        }
    }

    /**
     * The final report as its holder's tracking pages show it: awaited (asked, or sent back) with its due day, and the
     * form as it opens; or given, under review or approved.
     */
    public record Tracking(
            String reference, String title, String callTitle, boolean awaited, LocalDate due, Given given) {

        /** Given, and neither sent back since nor approved: the follow-up person reads it. */
        public boolean underReview() {
            return given != null && !given.sentBack() && !given.approved();
        }
    }

    private final FinalReportRepository reports;
    private final Proposals proposals;
    private final EventReports eventReports;
    private final RuntimeService runtime;
    private final WaitingTimers waitingTimers;
    private final MessageSource messages;
    private final Clock clock;

    private final FollowUps followUps;

    public FinalReports(
            FinalReportRepository reports,
            Proposals proposals,
            EventReports eventReports,
            RuntimeService runtime,
            WaitingTimers waitingTimers,
            FollowUps followUps,
            MessageSource messages,
            Clock clock) {
        this.followUps = followUps;
        this.reports = reports;
        this.proposals = proposals;
        this.eventReports = eventReports;
        this.runtime = runtime;
        this.waitingTimers = waitingTimers;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Who reviews the project's final report: its follow-up person, as the accompaniment recorded them; null when
     * nobody follows it, the task then waiting in the call's reviewers' list
     * (${fundingReports.reviewerOf(proposalId)}).
     */
    @Transactional(readOnly = true)
    public String reviewerOf(Long proposalId) {
        return followUps.personOf(proposalId).orElse(null);
    }

    /**
     * The programme entry published or its sessions moved, in the transaction that did it: the phase's timers counted
     * from the project's end follow it (ADR 13); a report sent back stays due a month after it was.
     */
    @EventListener
    @Transactional
    public void follow(ProgrammeEntryChanged changed) {
        Proposal proposal = proposals.get(changed.proposalId());
        if (proposal.getProcessInstanceId() != null && !proposal.isErased()) {
            waitingTimers.recalculate(
                    List.of(proposal.getProcessInstanceId()),
                    List.of(
                            ProcessVariables.TIMER_PROJECT_ENDED,
                            ProcessVariables.TIMER_FINAL_REPORT_DUE,
                            ProcessVariables.TIMER_FINAL_REPORT_LATE),
                    false);
        }
    }

    /**
     * The project's last day: its programme entry's last session, else the end its holder planned when applying, else
     * today (a project without dates is asked its report tomorrow rather than never).
     */
    @Transactional(readOnly = true)
    public LocalDate projectEnd(Long proposalId) {
        return eventReports.sessionsOf(proposalId).stream()
                .map(Timing::lastDay)
                .max(Comparator.naturalOrder())
                .or(() -> Optional.ofNullable(proposals.get(proposalId).getPlannedEnd()))
                .orElseGet(() -> LocalDate.now(clock.withZone(ParisTime.ZONE)));
    }

    /** When the report is asked: the day after the project's last day, at nine in Paris. */
    @Transactional(readOnly = true)
    public Date askOn(Long proposalId) {
        return atNine(projectEnd(proposalId).plusDays(1));
    }

    /**
     * The day the report is due: the project's end and the call's report delay; for a report sent back, a month after
     * it was.
     */
    @Transactional(readOnly = true)
    public LocalDate dueDay(Long proposalId) {
        Optional<FinalReport> report = reports.findById(proposalId);
        if (report.isPresent() && report.get().isSentBack()) {
            return ParisTime.of(report.get().getSentBackAt()).toLocalDate().plus(MONTH);
        }
        return projectEnd(proposalId)
                .plus(proposals.get(proposalId).getCall().getFunding().getReportDelay());
    }

    /** The reminder's moment, on the due day at nine in Paris. */
    @Transactional(readOnly = true)
    public Date dueOn(Long proposalId) {
        return atNine(dueDay(proposalId));
    }

    /** A month after the due day, at nine: the follow-up person is told. */
    @Transactional(readOnly = true)
    public Date lateOn(Long proposalId) {
        return atNine(dueDay(proposalId).plus(MONTH));
    }

    private static Date atNine(LocalDate day) {
        return Date.from(day.atTime(AT).atZone(ParisTime.ZONE).toInstant());
    }

    /** Whether the holder may give the report now: the proposal's lifecycle waits for it (asked, or sent back). */
    @Transactional(readOnly = true)
    public boolean isAwaited(Long proposalId) {
        Proposal proposal = proposals.get(proposalId);
        return !proposal.isErased()
                && !proposal.getStatus().isStopped()
                && proposal.getProcessInstanceId() != null
                && runtime.createExecutionQuery()
                                .processInstanceId(proposal.getProcessInstanceId())
                                .activityId(AWAIT)
                                .count()
                        > 0;
    }

    /**
     * The categories of the call's eligible expenses with what the holder's budget forecast for each, in its order (the
     * budget's categories are the call's as the holder answered them); the call's own, forecast at nothing, for a
     * project without a budget.
     */
    @Transactional(readOnly = true)
    public List<FinalReportForm.Line> lines(Long proposalId) {
        Proposal proposal = proposals.get(proposalId);
        return proposal.forecastBudget()
                .map(Budget::expenses)
                .filter(expenses -> !expenses.isEmpty())
                .map(expenses -> expenses.stream()
                        .map(expense -> new FinalReportForm.Line(expense.category(), expense.amount()))
                        .toList())
                .orElseGet(() -> proposal.getCall().getFundingCategories().stream()
                        .map(category -> new FinalReportForm.Line(category, 0))
                        .toList());
    }

    /**
     * The form as the holder finds it: the report sent back, to give again; else blank, its activity taken from the
     * event's report when there is one (what they told of the event is most of what the funder asks).
     */
    @Transactional(readOnly = true)
    public FinalReportForm formFor(Long proposalId) {
        List<FinalReportForm.Line> lines = lines(proposalId);
        return reports.findById(proposalId)
                .map(report -> FinalReportForm.of(
                        lines,
                        report.getActivity(),
                        report.getExpenses().stream()
                                .map(FinalReport.Expense::realised)
                                .toList()))
                .orElseGet(() -> FinalReportForm.blank(
                        lines,
                        eventReports
                                .of(proposalId)
                                .map(EventReports.Report::account)
                                .orElse(null)));
    }

    /**
     * The report given by the holder, saved and told to the lifecycle, which waits for it; refused when it does not
     * (not asked yet, under review, approved), the holder told why in their language.
     */
    @Transactional
    public void give(Long proposalId, FinalReportForm form) {
        Proposal proposal = proposals.get(proposalId);
        if (!isAwaited(proposalId)) {
            throw new ProposalStateConflict(messages.getMessage("finalReport.notAwaited", null, proposal.locale()));
        }
        if (!form.isValid()) {
            throw new IllegalArgumentException("A final report with refused fields: " + form.errors());
        }
        if (!form.lines().equals(lines(proposalId))) {
            // The budget's categories changed since the form was shown.
            throw new ProposalStateConflict(
                    messages.getMessage("finalReport.categoriesChanged", null, proposal.locale()));
        }
        FinalReport report = reports.findById(proposalId).orElseGet(() -> new FinalReport(proposalId));
        report.give(form.activity(), form.expenses(), OffsetDateTime.now(clock));
        reports.save(report);
        // All the correlations that fit: a single one that found nothing would mark this transaction rollback-only.
        runtime.createMessageCorrelation(ProcessVariables.MESSAGE_FINAL_REPORT_GIVEN)
                .processInstanceId(proposal.getProcessInstanceId())
                .correlateAllWithResult();
    }

    /** The follow-up person's verdict on completing « Examiner le rapport final ». */
    @Transactional
    void review(Long proposalId, boolean approved, String reason, String reviewer) {
        FinalReport report = reports.findById(proposalId)
                .orElseThrow(() -> new IllegalStateException("No final report for proposal " + proposalId));
        if (approved) {
            report.approve(reviewer, OffsetDateTime.now(clock));
        } else {
            report.sendBack(reason, OffsetDateTime.now(clock));
        }
    }

    /** Where the final report stands for its holder; empty while it is neither awaited nor given. */
    @Transactional(readOnly = true)
    public Optional<Tracking> tracking(Long proposalId) {
        boolean awaited = isAwaited(proposalId);
        Given given = of(proposalId).orElse(null);
        if (!awaited && given == null) {
            return Optional.empty();
        }
        Proposal proposal = proposals.get(proposalId);
        return Optional.of(new Tracking(
                proposal.getReference(),
                proposal.getTitle(),
                proposal.getCall().getTitle(),
                awaited,
                awaited ? dueDay(proposalId) : null,
                given));
    }

    /** The proposal's final report, if given. */
    @Transactional(readOnly = true)
    public Optional<Given> of(Long proposalId) {
        return reports.findById(proposalId)
                .map(report -> new Given(
                        report.getActivity(),
                        List.copyOf(report.getExpenses()),
                        report.getGivenAt(),
                        report.getSentBackAt(),
                        report.getSentBackReason(),
                        report.getApprovedAt(),
                        report.getApprovedBy(),
                        report.isSentBack()));
    }
}
