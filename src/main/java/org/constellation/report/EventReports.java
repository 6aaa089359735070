package org.constellation.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.RuntimeService;
import org.constellation.programme.ProgrammeEntry;
import org.constellation.programme.ProgrammeEntryStatus;
import org.constellation.programme.ProgrammeRecords;
import org.constellation.programme.Timing;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalStateConflict;
import org.constellation.proposal.ProposalStatus;
import org.constellation.proposal.Proposals;
import org.constellation.workflow.ParisTime;
import org.constellation.workflow.ProcessVariables;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The holder's report after their event (« fiche bilan »): asked the day after its last session
 * ({@code ${eventReports.askOn(proposalId)}}), given on the tracking page or by the team for the holder, then kept with
 * the case. A report given again replaces the earlier one: a correction.
 */
@Service("eventReports")
public class EventReports {

    /** The hour the report is asked, in Paris, the day after the last session: a working morning. */
    static final LocalTime ASKED_AT = LocalTime.of(9, 0);

    /** A report as the pages show it, its photos by name. */
    public record Report(
            List<EventReport.Session> sessions,
            List<String> publics,
            String partners,
            String account,
            String enteredBy,
            OffsetDateTime receivedAt,
            List<PhotoFile> photos) {

        /** The people who came, all sessions together. */
        public int attendance() {
            return sessions.stream().mapToInt(EventReport.Session::attendance).sum();
        }

        public int pupils() {
            return sessions.stream().mapToInt(EventReport.Session::pupils).sum();
        }

        public int classes() {
            return sessions.stream().mapToInt(EventReport.Session::classes).sum();
        }
    }

    private final EventReportRepository reports;
    private final EventReportPhotoRepository photos;
    private final ProgrammeRecords programme;
    private final Proposals proposals;
    private final RuntimeService runtime;
    private final MessageSource messages;
    private final Clock clock;

    public EventReports(
            EventReportRepository reports,
            EventReportPhotoRepository photos,
            ProgrammeRecords programme,
            Proposals proposals,
            RuntimeService runtime,
            MessageSource messages,
            Clock clock) {
        this.reports = reports;
        this.photos = photos;
        this.programme = programme;
        this.proposals = proposals;
        this.runtime = runtime;
        this.messages = messages;
        this.clock = clock;
    }

    /** The sessions a report counts: its programme entry's, in their order; none without an entry. */
    @Transactional(readOnly = true)
    public List<Timing> sessionsOf(Long proposalId) {
        return programme.entryOf(proposalId).map(ProgrammeEntry::getTimings).orElse(List.of());
    }

    /** When the holder is asked for their report: the day after the event's last session, at nine in Paris. */
    @Transactional(readOnly = true)
    public Date askOn(Long proposalId) {
        LocalDate lastDay = sessionsOf(proposalId).stream()
                .map(Timing::lastDay)
                .max(Comparator.naturalOrder())
                .orElseThrow(() -> new IllegalStateException("No programme entry for proposal " + proposalId));
        return Date.from(
                lastDay.plusDays(1).atTime(ASKED_AT).atZone(ParisTime.ZONE).toInstant());
    }

    /** Whether the report is given already (before it was asked, the model asks nothing). */
    @Transactional(readOnly = true)
    public boolean given(Long proposalId) {
        return reports.existsByProposalId(proposalId);
    }

    /** The same, by the proposal's id. */
    @Transactional(readOnly = true)
    public boolean isOpenFor(Long proposalId) {
        return isOpenFor(proposals.get(proposalId));
    }

    /** Whether its report can be given now: the event is on the programme and its last session is over. */
    @Transactional(readOnly = true)
    public boolean isOpenFor(Proposal proposal) {
        return proposal.getStatus() == ProposalStatus.PUBLISHED
                && !proposal.isErased()
                && programme
                        .entryOf(proposal.getId())
                        .filter(entry -> entry.getPublishedAt() != null
                                && entry.getStatus() != ProgrammeEntryStatus.CANCELLED
                                && !entry.getEndsAt().isAfter(OffsetDateTime.now(clock)))
                        .isPresent();
    }

    /**
     * The report given by the holder, or by the team for them ({@code enteredBy}, a user id; null for the holder),
     * saved, and told to the proposal's process if it waits for it. A process that does not (the report comes before it
     * was asked, or corrects one already received) takes nothing, and the report is saved all the same.
     */
    @Transactional
    public void give(Long proposalId, ReportForm form, String enteredBy) {
        Proposal proposal = proposals.get(proposalId);
        if (!isOpenFor(proposal)) {
            throw refused(proposal, "proposal.noReportExpected");
        }
        save(proposal, form, enteredBy);
        if (proposal.getProcessInstanceId() == null) {
            // Published without a process (a past season's demo cases): nothing waits.
            return;
        }
        // All the correlations that fit, maybe none. A single one that finds no waiting process throws, and its failed
        // command would mark this transaction rollback-only, losing the report with it.
        runtime.createMessageCorrelation(ProcessVariables.MESSAGE_EVENT_REPORT_GIVEN)
                .processInstanceId(proposal.getProcessInstanceId())
                .correlateAllWithResult();
    }

    /**
     * The report the follow-up person enters on completing « Saisir le bilan »: the process asked for it, its timers
     * having found the event over; the task's own completion moves the process on.
     */
    @Transactional
    void enter(Long proposalId, ReportForm form, String enteredBy) {
        save(proposals.get(proposalId), form, enteredBy);
    }

    private void save(Proposal proposal, ReportForm form, String enteredBy) {
        if (!form.isValid()) {
            throw new IllegalArgumentException("A report with refused fields: " + form.errors());
        }
        Long proposalId = proposal.getId();
        List<Timing> timings = sessionsOf(proposalId);
        if (timings.size() != form.sessions().size()) {
            // The entry's sessions changed since the form was shown.
            throw refused(proposal, "proposal.reportSessionsChanged");
        }
        EventReport report = reports.findByProposalId(proposalId)
                .orElseGet(() -> new EventReport(proposalId, proposal.getCall().getId()));
        report.record(
                IntStream.range(0, timings.size())
                        .mapToObj(i -> new EventReport.Session(
                                timings.get(i).startsAt(),
                                form.sessions().get(i).attendance(),
                                form.sessions().get(i).pupils(),
                                form.sessions().get(i).classes()))
                        .toList(),
                form.publics(),
                form.partners(),
                form.account(),
                enteredBy,
                OffsetDateTime.now(clock));
        Long reportId = reports.save(report).getId();
        // New photos replace the earlier ones; a correction without photos keeps them.
        if (!form.photos().isEmpty()) {
            photos.deleteByReport(reportId);
            form.photos()
                    .forEach(photo -> photos.save(
                            new EventReportPhoto(reportId, photo.fileName(), photo.contentType(), photo.content())));
        }
    }

    private ProposalStateConflict refused(Proposal proposal, String key) {
        return new ProposalStateConflict(messages.getMessage(key, null, proposal.locale()));
    }

    /** The proposal's report, if given. */
    @Transactional(readOnly = true)
    public Optional<Report> of(Long proposalId) {
        return reports.findByProposalId(proposalId)
                .map(report -> new Report(
                        report.getSessions(),
                        report.getPublics(),
                        report.getPartners(),
                        report.getAccount(),
                        report.getEnteredBy(),
                        report.getReceivedAt(),
                        photos.filesOf(report.getId())));
    }

    /** One photo of the proposal's report, with its bytes, to download; empty when it is not one of them. */
    @Transactional(readOnly = true)
    public Optional<EventReportPhoto> photo(Long proposalId, Long photoId) {
        return reports.findByProposalId(proposalId)
                .flatMap(report -> photos.findByIdAndReportId(photoId, report.getId()));
    }
}
