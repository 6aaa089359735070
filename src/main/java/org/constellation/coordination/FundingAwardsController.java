package org.constellation.coordination;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.constellation.call.Call;
import org.constellation.call.CallRepository;
import org.constellation.funding.Amounts;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.Proposals;
import org.constellation.subsidy.AwardForm;
import org.constellation.subsidy.Awards;
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
 * A funding call's awards for coordinators (issue 32, part 3): its envelope, what is awarded and what is left; each
 * proposal whose lifecycle waits for the decision, with its amount asked and its forecast budget, and a form to award
 * it an amount (with a reason when less than asked, and conditions) or to refuse it with a reason; the decisions taken,
 * with their amount, reference, date and who. Refusals come back in words beside their field, what was typed kept.
 */
@Controller
class FundingAwardsController {

    private final ChosenCall chosenCall;
    private final CallRepository calls;
    private final Awards awards;
    private final Proposals proposals;
    private final MessageSource messages;

    FundingAwardsController(
            ChosenCall chosenCall, CallRepository calls, Awards awards, Proposals proposals, MessageSource messages) {
        this.chosenCall = chosenCall;
        this.calls = calls;
        this.awards = awards;
        this.proposals = proposals;
        this.messages = messages;
    }

    /** These pages speak the reader's language, as the call's pages do. */
    @ModelAttribute("pageLang")
    String pageLang(Locale locale) {
        return locale.getLanguage();
    }

    /** The call asked for (by number or address), else the most recent call that funds; none when no call funds. */
    @GetMapping("/coordination/financement")
    String show(@RequestParam(name = "appel", required = false) String asked, HttpServletRequest request, Model model) {
        String coordinator = StaffSession.coordinator(request);
        Call call = asked != null && !asked.isBlank()
                ? chosenCall.of(asked)
                : fundingCalls().stream()
                        .findFirst()
                        .map(latest -> chosenCall.of(latest.getId()))
                        .orElse(null);
        return page(call, coordinator, model, null, Map.of(), Map.of());
    }

    /**
     * A proposal awarded or refused (the button pressed: {@code decision}); refused, the page again with each reason
     * beside its field and what was typed, or, when the proposal was decided meanwhile or no longer waits, why at its
     * top.
     */
    @PostMapping("/coordination/financement/{id}")
    String decide(
            @PathVariable Long id,
            @RequestParam(name = AwardForm.DECISION, required = false) String decision,
            @RequestParam(name = AwardForm.AMOUNT, required = false) String amount,
            @RequestParam(name = AwardForm.REASON, required = false) String reason,
            @RequestParam(name = AwardForm.CONDITIONS, required = false) String conditions,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        String coordinator = StaffSession.coordinator(request);
        Proposal proposal = proposals
                .find(id)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, messages.getMessage("funding.award.unknown", null, locale)));
        Call call = chosenCall.of(proposal.getCall().getId());
        String back = "redirect:/coordination/financement?appel=" + call.getId();
        Map<String, String> refusals;
        try {
            Awards.Decision taken = awards.decide(id, decision, amount, reason, conditions, coordinator);
            redirect.addFlashAttribute(
                    "notice",
                    taken.award() != null
                            ? messages.getMessage(
                                    "funding.award.notice.awarded",
                                    new Object[] {
                                        Amounts.written(taken.award().getAmount(), locale),
                                        proposal.getTitle(),
                                        taken.award().getReference()
                                    },
                                    locale)
                            : messages.getMessage(
                                    "funding.award.notice.refused", new Object[] {proposal.getTitle()}, locale));
            return back + "#decisions";
        } catch (Awards.Refused refused) {
            refusals = words(refused.problems(), locale);
            if (!refused.isAboutTheCase()) {
                Map<String, String> typed = new LinkedHashMap<>();
                typed.put(AwardForm.AMOUNT, amount);
                typed.put(AwardForm.REASON, reason);
                typed.put(AwardForm.CONDITIONS, conditions);
                return page(call, coordinator, model, id, typed, refusals);
            }
        } catch (OptimisticLockingException movedOn) {
            // The proposal's lifecycle moved at the same moment (a withdrawal): nothing was recorded.
            refusals = words(
                    Map.of(AwardForm.DECISION, new AwardForm.Problem("funding.award.error.notAwaiting", List.of())),
                    locale);
        }
        redirect.addFlashAttribute(
                "caseRefused",
                messages.getMessage(
                        "funding.award.caseRefused",
                        new Object[] {proposal.getTitle(), refusals.get(AwardForm.DECISION)},
                        locale));
        return back;
    }

    private String page(
            Call call,
            String coordinator,
            Model model,
            Long formOf,
            Map<String, String> form,
            Map<String, String> errors) {
        model.addAttribute("coordinator", coordinator);
        model.addAttribute("calls", fundingCalls());
        model.addAttribute("call", call);
        model.addAttribute("formOf", formOf);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        if (call != null && call.funds()) {
            model.addAttribute("board", awards.board(call));
        }
        return "coordination/funding-awards";
    }

    /** Every call that funds projects, the most recent first: the page's choice of call. */
    private List<Call> fundingCalls() {
        return calls.findAll().stream()
                .filter(Call::funds)
                .sorted(Comparator.comparing(Call::getId).reversed())
                .toList();
    }

    /** Each refusal in the reader's language, by field, with its amounts in their words. */
    private Map<String, String> words(Map<String, AwardForm.Problem> problems, Locale locale) {
        Map<String, String> words = new LinkedHashMap<>();
        problems.forEach((field, problem) -> words.put(
                field,
                messages.getMessage(
                        problem.key(),
                        problem.amounts().stream()
                                .map(cents -> Amounts.written(cents, locale))
                                .toArray(),
                        locale)));
        return words;
    }
}
