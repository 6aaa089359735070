package org.constellation.coordination;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.constellation.call.Call;
import org.constellation.selection.Committee;
import org.constellation.selection.CommitteeSession;
import org.constellation.selection.ExpertAssignment;
import org.constellation.selection.ExpertAssignments;
import org.constellation.selection.SelectionOutcome;
import org.constellation.selection.SelectionRefused;
import org.constellation.selection.SittingForm;
import org.constellation.subsidy.Awards;
import org.constellation.workflow.ParisTime;
import org.constellation.workflow.StaffNames;
import org.constellation.workflow.TypedText;
import org.constellation.workflow.WrittenDates;
import org.constellation.workflow.WrittenNumbers;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The selection committee's page (issue 30): the ranking of a call's scored proposals with each expert's scores,
 * comments, recommendation and withdrawals, the proposals still being scored, the sittings with their minutes; a
 * sitting recorded with its decisions (several proposals at once, one motivation); a seat's expert replaced or recused
 * by a coordinator. Refusals come back in words beside their field, never as an error page.
 */
@Controller
class CommitteeController {

    /** The longest reason a replacement or a recusal keeps. */
    static final int LONGEST_REASON = 2_000;

    private final JuryCalls juryCalls;
    private final JuryBoard board;
    private final Committee committee;
    private final ExpertAssignments assignments;
    private final StaffNames staff;
    private final Awards awards;
    private final MessageSource messages;
    private final Clock clock;

    CommitteeController(
            JuryCalls juryCalls,
            JuryBoard board,
            Committee committee,
            ExpertAssignments assignments,
            StaffNames staff,
            Awards awards,
            MessageSource messages,
            Clock clock) {
        this.juryCalls = juryCalls;
        this.board = board;
        this.committee = committee;
        this.assignments = assignments;
        this.staff = staff;
        this.awards = awards;
        this.messages = messages;
        this.clock = clock;
    }

    /** These pages speak the reader's language, as the call's pages do. */
    @ModelAttribute("pageLang")
    String pageLang(Locale locale) {
        return locale.getLanguage();
    }

    @GetMapping("/coordination/jury")
    String show(@RequestParam(name = "appel", required = false) String asked, HttpServletRequest request, Model model) {
        String coordinator = StaffSession.coordinator(request);
        return page(juryCalls.chosen(asked), coordinator, model, Map.of(), Set.of(), Map.of());
    }

    /** A sitting and its decisions; refused, the page comes back as typed with each reason beside its field. */
    @PostMapping("/coordination/jury/seances")
    String sit(
            @RequestParam(name = "appel", required = false) String asked,
            @RequestParam(name = SittingForm.DAY, required = false) String day,
            @RequestParam(name = SittingForm.MEMBERS, required = false) String members,
            @RequestParam(name = SittingForm.PROPOSALS, required = false) List<String> proposals,
            @RequestParam(name = SittingForm.OUTCOME, required = false) String outcome,
            @RequestParam(name = SittingForm.MOTIVATION, required = false) String motivation,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        String coordinator = StaffSession.coordinator(request);
        Call call = juryCalls.required(asked, locale);
        SittingForm form = SittingForm.read(
                day,
                members,
                proposals,
                outcome,
                motivation,
                LocalDate.ofInstant(clock.instant(), ParisTime.ZONE),
                board.awaiting(call));
        Map<String, String> refusals = form.errors();
        if (form.isValid()) {
            try {
                CommitteeSession session = committee.decide(
                        call,
                        form.day(),
                        form.members(),
                        form.proposalIds(),
                        form.outcome(),
                        form.motivation(),
                        coordinator);
                redirect.addFlashAttribute(
                        "notice",
                        messages.getMessage(
                                "jury.notice.decided",
                                new Object[] {
                                    WrittenDates.day(session.getHeldOn(), locale),
                                    WrittenNumbers.of(form.proposalIds().size())
                                },
                                locale));
                return "redirect:/coordination/jury?appel=" + call.getId() + "#seances";
            } catch (SelectionRefused refused) {
                refusals = Map.of(SittingForm.fieldOf(refused.messageKey()), refused.messageKey());
            } catch (MismatchingMessageCorrelationException | OptimisticLockingException movedOn) {
                // A proposal's process left the committee's wait meanwhile, or another sitting decided it at the same
                // moment: nothing was recorded.
                refusals = Map.of(SittingForm.PROPOSALS, "jury.refused.not-awaiting");
            }
        }
        return page(call, coordinator, model, form.values(), form.chosen(), words(refusals, locale));
    }

    @PostMapping("/coordination/jury/sieges/{id}/remplacer")
    String replace(
            @PathVariable Long id,
            @RequestParam(name = "motif", required = false) String reason,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        return moveSeat(id, reason, false, request, redirect, locale);
    }

    /** A recusal: the seat's expert leaves it; the reason stays with the team, the expert is not told it. */
    @PostMapping("/coordination/jury/sieges/{id}/recuser")
    String recuse(
            @PathVariable Long id,
            @RequestParam(name = "motif", required = false) String reason,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        return moveSeat(id, reason, true, request, redirect, locale);
    }

    /**
     * The seat's expert leaves it and the seat's process draws another; a seat closed, or no longer waiting for its
     * expert in the process, is refused in words beside the seat's reason, with nothing changed.
     */
    private String moveSeat(
            Long id,
            String reason,
            boolean recusal,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        String coordinator = StaffSession.coordinator(request);
        ExpertAssignment seat = board.seat(id)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, messages.getMessage("jury.seat.unknown", null, locale)));
        String back = "redirect:/coordination/jury?appel=" + seat.getCallId();
        String refusal;
        if (reason != null && reason.length() > LONGEST_REASON) {
            refusal = "jury.seat.error.reasonLength";
        } else if (TypedText.hasHiddenCharacters(reason)) {
            refusal = "validation.controlCharacters";
        } else {
            try {
                assignments.replace(id, coordinator, reason, recusal);
                redirect.addFlashAttribute(
                        "notice",
                        messages.getMessage(
                                recusal ? "jury.notice.recused" : "jury.notice.replaced",
                                new Object[] {staff.fullName(seat.getExpertId())},
                                locale));
                return back + "#notation";
            } catch (SelectionRefused refused) {
                refusal = refused.messageKey();
            } catch (MismatchingMessageCorrelationException | OptimisticLockingException notWaiting) {
                // The seat's task is gone (the proposal moved on or was withdrawn), or another coordinator moved it at
                // the same moment: the seat stays as it was.
                refusal = "jury.refused.no-waiting-seat";
            }
        }
        String words = messages.getMessage(refusal, null, locale);
        if (!seat.getState().isOpen()) {
            // A closed seat has no form on the page to say it beside: the page says it at its top.
            redirect.addFlashAttribute(
                    "seatRefused",
                    messages.getMessage(
                            "jury.seat.refused", new Object[] {staff.fullName(seat.getExpertId()), words}, locale));
            return back;
        }
        redirect.addFlashAttribute("seatErrors", Map.of(id, words));
        redirect.addFlashAttribute("seatReasons", Map.of(id, reason == null ? "" : reason));
        return back + "#motif-" + id;
    }

    private String page(
            Call call,
            String coordinator,
            Model model,
            Map<String, String> form,
            Set<String> chosen,
            Map<String, String> errors) {
        model.addAttribute("coordinator", coordinator);
        // A table page: the ranking and the experts' scores take the screen's width.
        model.addAttribute("wide", true);
        model.addAttribute("calls", juryCalls.withJury());
        model.addAttribute("call", call);
        model.addAttribute("form", form);
        model.addAttribute("chosen", chosen);
        model.addAttribute("errors", errors);
        model.addAttribute("outcomes", SelectionOutcome.values());
        if (call != null && call.selectsByJury()) {
            model.addAttribute("board", board.board(call));
        }
        // A call that funds (issue 32): what is left of its envelope as the committee's decisions are awarded.
        if (call != null && call.funds()) {
            model.addAttribute("envelope", awards.envelopeOf(call));
        }
        return "coordination/jury";
    }

    /** Each refusal in the reader's language, by field. */
    private Map<String, String> words(Map<String, String> keys, Locale locale) {
        Map<String, String> words = new LinkedHashMap<>();
        keys.forEach((field, key) -> words.put(field, messages.getMessage(key, null, locale)));
        return words;
    }
}
