package org.constellation.coordination;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.constellation.call.Call;
import org.constellation.call.CallRepository;
import org.constellation.notification.MailComposer;
import org.constellation.notification.MailTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Every applicant mail rendered for a call with a sample proposal, in French and in English, before it ever leaves. */
@Controller
class MailPreviewController {

    private static final List<String> LANGUAGES = List.of("fr", "en");

    private final ChosenCall chosenCall;
    private final MailComposer composer;
    private final CallRepository calls;

    MailPreviewController(MailComposer composer, CallRepository calls, ChosenCall chosenCall) {
        this.chosenCall = chosenCall;
        this.composer = composer;
        this.calls = calls;
    }

    @GetMapping("/coordination/modeles")
    String list(@RequestParam(name = "appel", required = false) Long callId, HttpServletRequest request, Model model) {
        model.addAttribute("coordinator", StaffSession.coordinator(request));
        model.addAttribute("call", chosenCall.of(callId));
        model.addAttribute("calls", calls.findAll());
        model.addAttribute("templates", MailTemplate.forApplicants());
        model.addAttribute("languages", LANGUAGES);
        return "coordination/templates";
    }

    @GetMapping("/coordination/modeles/{name}")
    String show(
            @PathVariable String name,
            @RequestParam(name = "langue", defaultValue = "fr") String language,
            @RequestParam(name = "appel", required = false) Long callId,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("coordinator", StaffSession.coordinator(request));
        Call call = chosenCall.of(callId);
        MailTemplate template = template(name);
        model.addAttribute("call", call);
        model.addAttribute("template", template);
        model.addAttribute("language", language(language));
        model.addAttribute("mail", composer.preview(template, call, Locale.forLanguageTag(language(language))));
        return "coordination/template";
    }

    @GetMapping(value = "/coordination/modeles/{name}/html", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> html(
            @PathVariable String name,
            @RequestParam(name = "langue", defaultValue = "fr") String language,
            @RequestParam(name = "appel", required = false) Long callId,
            HttpServletRequest request) {
        StaffSession.coordinator(request);
        return CoordinationErrors.sandboxed(
                composer.preview(template(name), chosenCall.of(callId), Locale.forLanguageTag(language(language)))
                        .html());
    }

    /** The call asked for, or the most recent one. */
    private static MailTemplate template(String name) {
        try {
            return MailTemplate.named(name);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Aucun modèle de courriel « " + name + " ».");
        }
    }

    private static String language(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Langue inconnue : choisissez fr ou en.");
        }
        return language;
    }
}
