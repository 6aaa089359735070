package org.constellation.coordination;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.constellation.call.Call;
import org.constellation.selection.ExpertProfiles;
import org.constellation.selection.SelectionRefused;
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
 * The experts of a call that selects by jury: the members of its expert group (Camunda Admin keeps the people and the
 * group), each one's organisation, themes and excluded communes, which the draw reads to leave out known conflicts, and
 * the seats each holds in the call. A refused profile comes back as typed, each field's reason beside it.
 */
@Controller
class JuryExpertsController {

    private final JuryCalls juryCalls;
    private final ExpertProfiles experts;
    private final MessageSource messages;

    JuryExpertsController(JuryCalls juryCalls, ExpertProfiles experts, MessageSource messages) {
        this.juryCalls = juryCalls;
        this.experts = experts;
        this.messages = messages;
    }

    /** This page speaks the reader's language, as the call's page it is reached from does. */
    @ModelAttribute("pageLang")
    String pageLang(Locale locale) {
        return locale.getLanguage();
    }

    /** The call asked for, else the latest that selects by jury; none when no call does. */
    @GetMapping("/coordination/jury/experts")
    String show(@RequestParam(name = "appel", required = false) String asked, HttpServletRequest request, Model model) {
        StaffSession.coordinator(request);
        return page(request, model, juryCalls.chosen(asked), null, null, Map.of());
    }

    /** Saves an expert's profile (created at its first save); refused, the page shows why beside each field. */
    @PostMapping("/coordination/jury/experts/{userId}")
    String save(
            @PathVariable String userId,
            @RequestParam(name = "appel", required = false) String asked,
            @RequestParam(name = "organisation", required = false) String organisation,
            @RequestParam(name = "themes", required = false) List<String> themes,
            @RequestParam(name = "excludedCommunes", required = false) String excludedCommunes,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        StaffSession.coordinator(request);
        if (asked == null || asked.isBlank()) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, messages.getMessage("jury.experts.error.call", null, locale));
        }
        Call call = juryCalls.required(asked, locale);
        ExpertProfiles.Input input =
                new ExpertProfiles.Input(organisation, themes == null ? List.of() : themes, excludedCommunes);
        try {
            String name = experts.save(call, userId, input);
            redirect.addFlashAttribute(
                    "notice", messages.getMessage("jury.experts.saved", new Object[] {name}, locale));
            return "redirect:/coordination/jury/experts?appel=" + call.getId();
        } catch (SelectionRefused refused) {
            throw new ResponseStatusException(
                    HttpStatus.NOT_FOUND, messages.getMessage(refused.messageKey(), null, locale));
        } catch (ExpertProfiles.Refused refused) {
            Map<String, String> errors = new LinkedHashMap<>();
            refused.reasons()
                    .forEach((field, reason) -> errors.put(
                            field,
                            messages.getMessage(
                                    reason.messageKey(),
                                    reason.detail() == null ? null : new Object[] {reason.detail()},
                                    locale)));
            return page(request, model, call, userId, input, errors);
        }
    }

    /**
     * The page of a call's experts; {@code editing} is the expert whose profile was refused, shown with what was typed
     * ({@code typed}) and the reasons ({@code errors}).
     */
    private String page(
            HttpServletRequest request,
            Model model,
            Call call,
            String editing,
            ExpertProfiles.Input typed,
            Map<String, String> errors) {
        model.addAttribute("coordinator", StaffSession.coordinator(request));
        model.addAttribute("calls", juryCalls.withJury());
        model.addAttribute("call", call);
        model.addAttribute("rows", call != null && call.selectsByJury() ? experts.rows(call) : List.of());
        model.addAttribute("editing", editing);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        return "coordination/jury-experts";
    }
}
