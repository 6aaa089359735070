package org.constellation.coordination;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.constellation.call.Call;
import org.constellation.call.CallRepository;
import org.constellation.forum.ForumAnnouncement;
import org.constellation.forum.ForumMeeting;
import org.constellation.forum.ForumPlanning;
import org.constellation.forum.ForumRegistration;
import org.constellation.forum.Partnerships;
import org.constellation.forum.plan.MeetingPlanner;
import org.constellation.notification.MailTemplate;
import org.constellation.notification.Outbox;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRepository;
import org.constellation.workflow.ParisTime;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forum for coordinators: who registered and whom they want to meet, the plan of one-to-one meetings built from it
 * (printable, slots by tables), and each participant's schedule sent through the outbox.
 */
@Controller
class ForumController {

    private final ChosenCall chosenCall;
    private final ForumPlanning planning;
    private final CallRepository calls;
    private final ProposalRepository proposals;
    private final Outbox outbox;
    private final Partnerships partnerships;
    private final ForumAnnouncement announcement;

    ForumController(
            ForumPlanning planning,
            CallRepository calls,
            ProposalRepository proposals,
            Outbox outbox,
            Partnerships partnerships,
            ChosenCall chosenCall,
            ForumAnnouncement announcement) {
        this.announcement = announcement;
        this.chosenCall = chosenCall;
        this.partnerships = partnerships;
        this.planning = planning;
        this.calls = calls;
        this.proposals = proposals;
        this.outbox = outbox;
    }

    /** A registration as the page lists it. */
    record Registrant(Proposal proposal, ForumRegistration registration, List<String> wished) {}

    @GetMapping("/coordination/forum")
    String show(@RequestParam(name = "appel", required = false) Long callId, HttpServletRequest request, Model model) {
        model.addAttribute("coordinator", StaffSession.coordinator(request));
        Call call = chosenCall.of(callId);
        Map<Long, Proposal> byId = proposals.findByCallIdOrderById(call.getId()).stream()
                .collect(Collectors.toMap(Proposal::getId, Function.identity()));
        List<Registrant> registrants = planning.registrationsOf(call.getId()).values().stream()
                .sorted(Comparator.comparing(ForumRegistration::getProposalId))
                .map(r -> new Registrant(
                        byId.get(r.getProposalId()),
                        r,
                        r.getWished().stream()
                                .map(id -> byId.containsKey(id) ? byId.get(id).getTitle() : "?")
                                .toList()))
                .toList();
        model.addAttribute("call", call);
        model.addAttribute("calls", calls.findAll());
        model.addAttribute("registrants", registrants);
        model.addAttribute("announcement", announcement.of(call).orElse(null));
        model.addAttribute("grid", grid(call, planning.planOf(call.getId()), byId));
        model.addAttribute(
                "participants",
                byId.values().stream()
                        .filter(p -> !p.getStatus().isStopped())
                        .sorted(Comparator.comparing(Proposal::getTitle))
                        .toList());
        model.addAttribute(
                "partnerships",
                partnerships.ofCall(call.getId()).stream()
                        .map(p -> title(byId, p.getFirstProposalId()) + " × " + title(byId, p.getSecondProposalId())
                                + (p.getDescription() == null ? "" : " — " + p.getDescription()))
                        .toList());
        return "coordination/forum";
    }

    @PostMapping("/coordination/forum/plan")
    String build(@RequestParam("appel") Long callId, HttpServletRequest request, RedirectAttributes redirect) {
        StaffSession.coordinator(request);
        try {
            MeetingPlanner.Plan plan = planning.buildPlan(chosenCall.of(callId).getId());
            redirect.addFlashAttribute(
                    "notice",
                    plan.meetings().size() + " rencontre(s) placée(s) ; "
                            + plan.unplaced().size() + " demande(s) sans place, dont "
                            + plan.unplaced().stream()
                                    .filter(MeetingPlanner.Request::mutual)
                                    .count() + " réciproque(s).");
        } catch (ForumPlanning.Refused refused) {
            redirect.addFlashAttribute("notice", refused.getMessage());
        }
        return "redirect:/coordination/forum?appel=" + callId;
    }

    /** Each registered participant gets their schedule; a schedule already sent as it stands is not sent again. */
    @PostMapping("/coordination/forum/programmes")
    String sendSchedules(@RequestParam("appel") Long callId, HttpServletRequest request, RedirectAttributes redirect) {
        StaffSession.coordinator(request);
        Call call = chosenCall.of(callId);
        int queued = 0;
        for (ForumRegistration registration :
                planning.registrationsOf(call.getId()).values()) {
            if (registration.isAttending()) {
                Proposal participant =
                        proposals.findById(registration.getProposalId()).orElseThrow();
                String plan = planning.scheduleOf(participant).toString();
                outbox.queue(
                        MailTemplate.FORUM_SCHEDULE,
                        participant,
                        null,
                        MailTemplate.FORUM_SCHEDULE.templateName() + ":" + participant.getId() + ":"
                                + Integer.toHexString(plan.hashCode()));
                queued++;
            }
        }
        redirect.addFlashAttribute("notice", queued + " programme(s) de rencontres dans la boîte d’envoi.");
        return "redirect:/coordination/forum?appel=" + callId;
    }

    /** After the forum: a partnership formed between two proposals, written on both. */
    @PostMapping("/coordination/forum/partenariats")
    String recordPartnership(
            @RequestParam("appel") Long callId,
            @RequestParam(name = "premier", required = false) Long first,
            @RequestParam(name = "second", required = false) Long second,
            @RequestParam(name = "description", required = false) String description,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        String coordinator = StaffSession.coordinator(request);
        try {
            partnerships.record(chosenCall.of(callId).getId(), first, second, description, coordinator);
            redirect.addFlashAttribute("notice", "Partenariat enregistré sur les deux propositions.");
        } catch (ForumPlanning.Refused refused) {
            redirect.addFlashAttribute("notice", refused.getMessage());
        }
        return "redirect:/coordination/forum?appel=" + callId;
    }

    /** The plan as a printable grid: a row per slot with its time, a cell per table. */
    private static List<List<String>> grid(Call call, List<ForumMeeting> meetings, Map<Long, Proposal> byId) {
        if (meetings.isEmpty() || call.getForumSlots() == null || call.getForumTables() == null) {
            return List.of();
        }
        List<List<String>> rows = new ArrayList<>();
        for (int slot = 0; slot < call.getForumSlots(); slot++) {
            List<String> row = new ArrayList<>();
            row.add(call.getForumAt()
                    .plusMinutes((long) slot * call.getForumSlotMinutes())
                    .atZoneSameInstant(ParisTime.ZONE)
                    .toLocalTime()
                    .toString());
            for (int table = 0; table < call.getForumTables(); table++) {
                row.add("");
            }
            rows.add(row);
        }
        for (ForumMeeting meeting : meetings) {
            rows.get(meeting.getSlot())
                    .set(
                            meeting.getTable() + 1,
                            title(byId, meeting.getFirstProposalId()) + " × "
                                    + title(byId, meeting.getSecondProposalId()));
        }
        return rows;
    }

    private static String title(Map<Long, Proposal> byId, Long id) {
        Proposal proposal = byId.get(id);
        return proposal == null ? "?" : proposal.getTitle();
    }
}
