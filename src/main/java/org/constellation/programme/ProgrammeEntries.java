package org.constellation.programme;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.constellation.call.Call;
import org.constellation.call.CallTheme;
import org.constellation.call.Commune;
import org.constellation.forum.Partnerships;
import org.constellation.label.Labels;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRepository;
import org.constellation.proposal.ProposalSubmission;
import org.constellation.workflow.CamundaForm;
import org.constellation.workflow.ProcessVariables;
import org.constellation.workflow.PublicLinks;
import org.constellation.workflow.TaskInput;
import org.constellation.workflow.WaitingTimers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The season's programme as the process writes it; {@code ${programmeEntries.endOf(proposalId)}} for the BPMN timer.
 */
@Component("programmeEntries")
public class ProgrammeEntries {

    /** French labels of the audiences, as the submission form gives them. */
    private static final Map<String, String> AUDIENCE_LABELS = CamundaForm.load(ProposalSubmission.FORM_ID)
            .component(ProposalSubmission.AUDIENCES.name())
            .orElseThrow()
            .options()
            .stream()
            .collect(Collectors.toMap(CamundaForm.Option::value, CamundaForm.Option::label));

    private final ProgrammeEntryRepository entries;
    private final ProposalRepository proposals;
    private final Partnerships partnerships;
    private final WaitingTimers waitingTimers;
    private final ApplicationEventPublisher events;
    private final Labels labels;
    private final Clock clock;
    private final String uidDomain;

    public ProgrammeEntries(
            ProgrammeEntryRepository entries,
            ProposalRepository proposals,
            Partnerships partnerships,
            WaitingTimers waitingTimers,
            ApplicationEventPublisher events,
            Labels labels,
            Clock clock,
            PublicLinks links) {
        this.entries = entries;
        this.labels = labels;
        this.waitingTimers = waitingTimers;
        this.events = events;
        this.proposals = proposals;
        this.partnerships = partnerships;
        this.clock = clock;
        this.uidDomain = links.host();
    }

    @Transactional
    public ProgrammeEntry edit(Long proposalId, EntryDetails details) {
        Proposal proposal = proposals.findById(proposalId).orElseThrow();
        if (details.umbrellaEvent() != null
                && !proposal.getCall().umbrellaEventNames().contains(details.umbrellaEvent())) {
            throw TaskInput.rejected("Événement national : « " + details.umbrellaEvent()
                    + " » n'est pas un événement de " + "cet appel.");
        }
        ProgrammeEntry entry = entries.findByProposalId(proposalId)
                .orElseGet(() -> new ProgrammeEntry(
                        proposalId,
                        proposal.getCall().getSeason().getId(),
                        proposal.getReference().toLowerCase() + "@" + uidDomain));
        List<String> partners = partnerships.partnersOf(proposalId).stream()
                .map(Partnerships.Partner::organisation)
                .distinct()
                .toList();
        Commune commune = proposal.getCall().getTerritory().stream()
                .filter(c -> c.inseeCode().equals(proposal.getCommuneInsee()))
                .findFirst()
                .orElse(proposal.getCommuneName() == null ? null : new Commune(null, proposal.getCommuneName()));
        entry.edit(
                proposal.getTitle(),
                details,
                commune,
                List.copyOf(proposal.getThemes()),
                proposal.getOrganisation() == null
                        ? null
                        : proposal.getOrganisation().getName(),
                partners,
                OffsetDateTime.now(clock));
        ProgrammeEntry saved = entries.save(entry);
        // An entry edited after publication moves the process's wait for its end to the new end.
        if (proposal.getProcessInstanceId() != null) {
            waitingTimers.recalculate(
                    List.of(proposal.getProcessInstanceId()), List.of(ProcessVariables.TIMER_EVENT_PASSED), false);
        }
        if (saved.getPublishedAt() != null) {
            events.publishEvent(new ProgrammeEntryChanged(proposalId));
        }
        return saved;
    }

    @Transactional
    public void publish(Long proposalId) {
        entries.findByProposalId(proposalId)
                .orElseThrow(() -> new IllegalStateException("No programme entry prepared for proposal " + proposalId))
                .publish(OffsetDateTime.now(clock));
        events.publishEvent(new ProgrammeEntryChanged(proposalId));
    }

    @Transactional
    public void cancel(Long proposalId) {
        entries.findByProposalId(proposalId).ifPresent(entry -> {
            entry.cancel(OffsetDateTime.now(clock));
            events.publishEvent(new ProgrammeEntryChanged(proposalId));
        });
    }

    /** A coordinator marks a published entry full, postponed, rescheduled or scheduled again. */
    @Transactional
    public void changeStatus(Long seasonId, String uid, ProgrammeEntryStatus status) {
        entries.findBySeasonIdAndUidAndPublishedAtNotNull(seasonId, uid)
                .orElseThrow(() -> new IllegalArgumentException("No published entry " + uid))
                .changeStatus(status, OffsetDateTime.now(clock));
    }

    public Date endOf(Long proposalId) {
        return Date.from(
                entries.findByProposalId(proposalId).orElseThrow().getEndsAt().toInstant());
    }

    /**
     * The programme as the next release would show it: every entry published at least once, in date order. An entry
     * withdrawn before any release is left out, since no calendar ever had it.
     */
    @Transactional(readOnly = true)
    List<PublishedEntry> draft(Long seasonId, Set<String> everReleased) {
        List<ProgrammeEntry> published = entries.findBySeasonIdAndPublishedAtNotNullOrderByStartsAt(seasonId).stream()
                .filter(entry ->
                        entry.getStatus() != ProgrammeEntryStatus.CANCELLED || everReleased.contains(entry.getUid()))
                .toList();
        Map<Long, Proposal> byId =
                proposals
                        .findAllById(published.stream()
                                .map(ProgrammeEntry::getProposalId)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Proposal::getId, Function.identity()));
        Map<Long, Labels.State> labelled = labels.statesOf(byId.values());
        return published.stream()
                .map(entry ->
                        snapshot(entry, byId.get(entry.getProposalId()).getCall(), labelled.get(entry.getProposalId())))
                .toList();
    }

    /** One entry as it stands now, for the holder's "published" mail. */
    @Transactional(readOnly = true)
    public PublishedEntry current(Long proposalId) {
        ProgrammeEntry entry = entries.findByProposalId(proposalId).orElseThrow();
        Proposal proposal = proposals.findById(proposalId).orElseThrow();
        return snapshot(entry, proposal.getCall(), labels.stateOf(proposal).orElse(null));
    }

    /** The entry as a version shows it, with the label its event carries or carried ({@code label} may be null). */
    static PublishedEntry snapshot(ProgrammeEntry entry, Call call, Labels.State label) {
        Map<String, String> themeLabels =
                call.getThemes().stream().collect(Collectors.toMap(CallTheme::code, CallTheme::label));
        return new PublishedEntry(
                entry.getUid(),
                entry.getSlug(),
                entry.getSequence(),
                entry.getStatus(),
                entry.getTitle(),
                entry.getShortDescription(),
                entry.getDescription(),
                entry.getTimings(),
                entry.getPlace(),
                entry.getStreetAddress(),
                entry.getCommune(),
                entry.getInseeCode(),
                entry.getLatitude(),
                entry.getLongitude(),
                entry.getThemes().stream()
                        .map(code -> new PublishedEntry.Label(code, themeLabels.getOrDefault(code, code)))
                        .toList(),
                entry.getAudiences().stream()
                        .map(code -> new PublishedEntry.Label(code, AUDIENCE_LABELS.getOrDefault(code, code)))
                        .toList(),
                entry.getAgeMin(),
                entry.getAgeMax(),
                entry.getAccessibility(),
                entry.getAttendanceMode(),
                entry.getOnlineLink(),
                entry.getRegistration(),
                entry.getKeywords(),
                entry.getUmbrellaEvent(),
                entry.getOrganiser(),
                entry.getPartners(),
                entry.getUpdatedAt(),
                label == null ? null : new PublishedEntry.EventLabel(label.name(), label.withdrawn()));
    }
}
