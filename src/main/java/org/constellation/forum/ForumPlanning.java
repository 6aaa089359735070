package org.constellation.forum;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.constellation.call.Call;
import org.constellation.call.CallRepository;
import org.constellation.forum.plan.MeetingPlanner;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRepository;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The forum's one-to-one meetings: holders invited to the forum register from their tracking page (coming or not, what
 * they seek and offer, whom they want to meet among those who accept introductions); coordinators then build the plan
 * with {@link MeetingPlanner}, pairs that asked for each other first; each participant reads their schedule.
 */
@Service
public class ForumPlanning {

    static final int TEXT_LENGTH = 1000;

    /** Someone the holder may ask to meet. */
    public record Option(Long id, String label) {}

    /** One meeting of a participant's schedule. */
    public record ScheduledMeeting(
            OffsetDateTime startsAt, int table, String partnerTitle, String partnerOrganisation) {}

    /** What the tracking page shows of the forum: when and where, the holder's answer, whom they may meet, when. */
    public record Invitation(
            OffsetDateTime at,
            String place,
            ForumRegistration registration,
            List<Option> others,
            List<ScheduledMeeting> schedule,
            boolean open) {}

    /** A registration refused, with the reason in the holder's language. */
    public static class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    private final ProposalRepository proposals;
    private final CallRepository calls;
    private final ForumRegistrationRepository registrations;
    private final ForumMeetingRepository meetings;
    private final MessageSource messages;
    private final Clock clock;

    public ForumPlanning(
            ProposalRepository proposals,
            CallRepository calls,
            ForumRegistrationRepository registrations,
            ForumMeetingRepository meetings,
            MessageSource messages,
            Clock clock) {
        this.proposals = proposals;
        this.calls = calls;
        this.registrations = registrations;
        this.meetings = meetings;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Invitation> invitationFor(Long proposalId) {
        Proposal proposal = proposals.findById(proposalId).orElseThrow();
        Call call = proposal.getCall();
        if (call.getForumAt() == null || !proposal.getStatus().hasPassedEligibility()) {
            return Optional.empty();
        }
        List<Option> others = !proposal.isIntroductionConsent()
                ? List.of()
                : proposals.findByCallIdOrderById(call.getId()).stream()
                        .filter(other -> !other.getId().equals(proposalId)
                                && other.getStatus().hasPassedEligibility()
                                && other.isIntroductionConsent())
                        .map(other -> new Option(
                                other.getId(),
                                other.getTitle() + " — "
                                        + other.getOrganisation().getName()
                                        + (other.getCommuneName() == null ? "" : " (" + other.getCommuneName() + ")")))
                        .toList();
        return Optional.of(new Invitation(
                call.getForumAt(),
                call.getForumPlace(),
                registrations.findById(proposalId).orElse(null),
                others,
                scheduleOf(proposal),
                OffsetDateTime.now(clock).isBefore(call.getForumAt())));
    }

    /** The holder's answer; {@code attending} is null when they chose neither yes nor no, which is no answer. */
    @Transactional
    public void register(
            Long proposalId, Boolean attending, String seeks, String offers, List<String> wished, Locale locale) {
        Invitation invitation = invitationFor(proposalId).orElseThrow(() -> refused("forum.notInvited", locale));
        if (!invitation.open()) {
            throw refused("forum.closed", locale);
        }
        if (attending == null) {
            throw refused("forum.attendingRequired", locale);
        }
        String seeking = clean(seeks, locale);
        String offering = clean(offers, locale);
        Set<Long> allowed = invitation.others().stream().map(Option::id).collect(Collectors.toSet());
        List<Long> chosen = new ArrayList<>();
        for (String id : wished) {
            Long partner = id.matches("\\d{1,18}") ? Long.valueOf(id) : null;
            if (partner == null || !allowed.contains(partner)) {
                throw refused("forum.unknownPartner", locale);
            }
            chosen.add(partner);
        }
        ForumRegistration registration =
                registrations.findById(proposalId).orElseGet(() -> new ForumRegistration(proposalId));
        registration.answer(attending, seeking, offering, attending ? chosen : List.of(), OffsetDateTime.now(clock));
        registrations.save(registration);
    }

    /** Rebuilds the call's plan from the registrations as they stand; returns it with what could not be placed. */
    @Transactional
    public MeetingPlanner.Plan buildPlan(Long callId) {
        Call call = calls.findById(callId).orElseThrow();
        if (call.getForumSlots() == null || call.getForumTables() == null) {
            throw new Refused(
                    "Le forum n'a pas encore de tables ni de créneaux : terminez d'abord « Organiser le forum ».");
        }
        Map<Long, ForumRegistration> attending = attendingRegistrations(call);
        List<MeetingPlanner.Request> requests = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ForumRegistration registration : attending.values()) {
            for (Long partner : registration.getWished()) {
                ForumRegistration other = attending.get(partner);
                if (other != null
                        && seen.add(Math.min(partner, registration.getProposalId()) + "-"
                                + Math.max(partner, registration.getProposalId()))) {
                    boolean mutual = other.getWished().contains(registration.getProposalId());
                    requests.add(new MeetingPlanner.Request(
                            registration.getProposalId(), partner, mutual, mutual ? 1 : 0.5));
                }
            }
        }
        MeetingPlanner.Plan plan = new MeetingPlanner(call.getForumSlots(), call.getForumTables()).plan(requests);
        meetings.deleteByCall(callId);
        plan.meetings()
                .forEach(meeting -> meetings.save(
                        new ForumMeeting(callId, meeting.slot(), meeting.table(), meeting.first(), meeting.second())));
        return plan;
    }

    @Transactional(readOnly = true)
    public List<ForumMeeting> planOf(Long callId) {
        return meetings.findByCallIdOrderBySlotAscTableAsc(callId);
    }

    /** Registrations of the call's invited proposals, by proposal. */
    @Transactional(readOnly = true)
    public Map<Long, ForumRegistration> registrationsOf(Long callId) {
        List<Long> invited = proposals.findByCallIdOrderById(callId).stream()
                .filter(p -> p.getStatus().hasPassedEligibility())
                .map(Proposal::getId)
                .toList();
        return registrations.findByProposalIdIn(invited).stream()
                .collect(Collectors.toMap(ForumRegistration::getProposalId, Function.identity()));
    }

    @Transactional(readOnly = true)
    public List<ScheduledMeeting> scheduleOf(Proposal proposal) {
        Call call = proposal.getCall();
        if (call.getForumAt() == null || call.getForumSlotMinutes() == null) {
            return List.of();
        }
        Map<Long, Proposal> partners = new HashMap<>();
        List<ScheduledMeeting> schedule = new ArrayList<>();
        for (ForumMeeting meeting : meetings.findByProposal(proposal.getId())) {
            Proposal partner = partners.computeIfAbsent(
                    meeting.partnerOf(proposal.getId()),
                    id -> proposals.findById(id).orElseThrow());
            schedule.add(new ScheduledMeeting(
                    call.getForumAt().plusMinutes((long) meeting.getSlot() * call.getForumSlotMinutes()),
                    meeting.getTable() + 1,
                    partner.getTitle(),
                    partner.getOrganisation().getName()));
        }
        return schedule;
    }

    private Map<Long, ForumRegistration> attendingRegistrations(Call call) {
        Map<Long, Proposal> consenting = proposals.findByCallIdOrderById(call.getId()).stream()
                .filter(p -> p.getStatus().hasPassedEligibility() && p.isIntroductionConsent())
                .collect(Collectors.toMap(Proposal::getId, Function.identity()));
        return registrations.findByProposalIdIn(List.copyOf(consenting.keySet())).stream()
                .filter(ForumRegistration::isAttending)
                .collect(Collectors.toMap(ForumRegistration::getProposalId, Function.identity()));
    }

    private String clean(String text, Locale locale) {
        String value = text == null || text.isBlank() ? null : text.strip();
        if (value != null && value.length() > TEXT_LENGTH) {
            throw refused("forum.tooLong", locale);
        }
        return value;
    }

    private Refused refused(String code, Locale locale) {
        return new Refused(messages.getMessage(code, null, locale));
    }
}
