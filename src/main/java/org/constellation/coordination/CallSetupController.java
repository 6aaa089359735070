package org.constellation.coordination;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.constellation.call.Call;
import org.constellation.call.CallForm;
import org.constellation.call.CallRepository;
import org.constellation.call.CallSetup;
import org.constellation.call.Commune;
import org.constellation.call.CommuneRegistry;
import org.constellation.call.Season;
import org.constellation.call.SeasonForm;
import org.constellation.call.SeasonRepository;
import org.constellation.label.LabelKit;
import org.constellation.workflow.WrittenDates;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Seasons and calls for coordinators, without SQL: a call is written as a draft, its territory picked from INSEE's
 * communes and EPCIs, then opened once nothing it needs is missing. Refused input comes back as typed, each field's
 * reason beside it; every change is listed on the call's page.
 */
@Controller
class CallSetupController {

    private static final int UPLOAD_LIMIT = CallSetup.MAX_COMMUNES_TEXT;
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MOMENT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");

    private final CallSetup setup;
    private final CallUpdate callUpdate;
    private final CallRepository calls;
    private final SeasonRepository seasons;
    private final CommuneRegistry communes;
    private final CallChanges changes;
    private final LabelKit kit;
    private final MessageSource messages;

    CallSetupController(
            CallSetup setup,
            CallUpdate callUpdate,
            CallRepository calls,
            SeasonRepository seasons,
            CommuneRegistry communes,
            CallChanges changes,
            LabelKit kit,
            MessageSource messages) {
        this.setup = setup;
        this.callUpdate = callUpdate;
        this.calls = calls;
        this.seasons = seasons;
        this.communes = communes;
        this.changes = changes;
        this.kit = kit;
        this.messages = messages;
    }

    /** These pages speak the reader's language (the other coordinators' pages are French only). */
    @ModelAttribute("pageLang")
    String pageLang(Locale locale) {
        return locale.getLanguage();
    }

    @GetMapping("/coordination/appels")
    String list(HttpServletRequest request, Model model) {
        model.addAttribute("coordinator", StaffSession.coordinator(request));
        model.addAttribute(
                "seasons",
                seasons.findAll().stream()
                        .sorted(Comparator.comparing(Season::getStartsOn).reversed())
                        .toList());
        model.addAttribute(
                "calls",
                calls.findAll().stream()
                        .sorted(Comparator.comparing(Call::getId).reversed())
                        .toList());
        return "coordination/calls";
    }

    @GetMapping("/coordination/saisons/nouvelle")
    String newSeason(HttpServletRequest request, Model model) {
        return seasonPage(request, model, null, new SeasonForm(null, null, null, null, null), Map.of());
    }

    @GetMapping("/coordination/saisons/{id}")
    String season(@PathVariable Long id, HttpServletRequest request, Model model) {
        return seasonPage(request, model, id, SeasonForm.of(season(id)), Map.of());
    }

    @PostMapping({"/coordination/saisons/nouvelle", "/coordination/saisons/{id}"})
    String saveSeason(
            @PathVariable(required = false) Long id,
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        StaffSession.coordinator(request);
        SeasonForm season = new SeasonForm(
                form.get("title"), form.get("slug"), form.get("startsOn"), form.get("endsOn"), form.get("themeLine"));
        try {
            setup.saveSeason(id, season);
        } catch (CallSetup.Refused refused) {
            return seasonPage(request, model, id, season, explained(refused, locale));
        }
        redirect.addFlashAttribute("notice", message("call.notice.seasonSaved", locale));
        return "redirect:/coordination/appels";
    }

    @GetMapping("/coordination/appels/nouveau")
    String newCall(HttpServletRequest request, Model model, Locale locale) {
        return callPage(request, model, null, CallForm.blank(defaultLabels(locale)), Map.of(), locale);
    }

    @GetMapping("/coordination/appels/{id}")
    String call(@PathVariable Long id, HttpServletRequest request, Model model, Locale locale) {
        return callPage(request, model, id, CallForm.of(whole(id)), Map.of(), locale);
    }

    /** A new call saved as a draft, or a call's changes with the timers they move; refused, the page shows why. */
    @PostMapping({"/coordination/appels/nouveau", "/coordination/appels/{callId}"})
    String saveCall(
            @PathVariable(required = false) Long callId,
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        String coordinator = StaffSession.coordinator(request);
        CallForm posted = CallForm.posted(form);
        try {
            if (callId == null) {
                Call call = setup.createDraft(posted, coordinator);
                redirect.addFlashAttribute("notice", message("call.notice.created", locale));
                return "redirect:/coordination/appels/" + call.getId();
            }
            List<String> moved = callUpdate.save(callId, posted, coordinator, locale);
            redirect.addFlashAttribute("notice", message("call.notice.saved", locale));
            redirect.addFlashAttribute("moved", moved);
            return "redirect:/coordination/appels/" + callId;
        } catch (CallSetup.Refused refused) {
            return callPage(request, model, callId, posted, explained(refused, locale), locale);
        }
    }

    @PostMapping("/coordination/appels/{id}/territoire")
    String territory(
            @PathVariable Long id,
            @RequestParam MultiValueMap<String, String> form,
            @RequestParam(name = "file", required = false) MultipartFile file,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale)
            throws IOException {
        String coordinator = StaffSession.coordinator(request);
        String codes = form.getFirst("codes") == null ? "" : form.getFirst("codes");
        if (file != null && !file.isEmpty()) {
            if (file.getSize() > UPLOAD_LIMIT) {
                return refusedTerritory(id, Map.of("file", message("call.error.tooLong", locale)), codes, redirect);
            }
            codes = codes + "\n" + new String(file.getBytes(), StandardCharsets.UTF_8);
        }
        // The communes picked among those a postal code or a name may be (ChoicesNeeded, below).
        List<String> picked = form.getOrDefault("choisies", List.of());
        if (!picked.isEmpty()) {
            codes = codes + "\n" + String.join(" ", picked);
        }
        try {
            setup.changeTerritory(
                    id,
                    choice(CallSetup.Target.class, form.getFirst("target")),
                    choice(CallSetup.Mode.class, form.getFirst("mode")),
                    form.getFirst("epci"),
                    codes,
                    coordinator);
        } catch (CallSetup.Refused refused) {
            keepTerritoryChoices(form, redirect);
            return refusedTerritory(id, explained(refused, locale), codes, redirect);
        } catch (CallSetup.ChoicesNeeded needed) {
            keepTerritoryChoices(form, redirect);
            redirect.addFlashAttribute("territoryChoices", needed.input().choices());
            redirect.addFlashAttribute(
                    "territoryCodes",
                    needed.input().communes().stream()
                            .map(CommuneRegistry.KnownCommune::inseeCode)
                            .collect(Collectors.joining(" ")));
            return "redirect:/coordination/appels/" + id + "#territoire";
        }
        redirect.addFlashAttribute("notice", message("call.notice.territory", locale));
        return "redirect:/coordination/appels/" + id + "#territoire";
    }

    @PostMapping("/coordination/appels/{id}/ouvrir")
    String open(@PathVariable Long id, HttpServletRequest request, RedirectAttributes redirect, Locale locale) {
        String coordinator = StaffSession.coordinator(request);
        try {
            Call call = setup.open(id, coordinator);
            redirect.addFlashAttribute(
                    "notice", message(call.isPublic() ? "call.notice.opened" : "call.notice.scheduled", locale));
        } catch (CallSetup.Refused refused) {
            redirect.addFlashAttribute("openRefused", explained(refused, locale));
        }
        return "redirect:/coordination/appels/" + id + "#ouvrir";
    }

    @PostMapping("/coordination/appels/{id}/dupliquer")
    String duplicate(
            @PathVariable Long id,
            @RequestParam(name = "season", required = false) Long seasonId,
            @RequestParam(name = "slug", required = false) String slug,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        String coordinator = StaffSession.coordinator(request);
        try {
            Call copy = setup.duplicate(id, seasonId, slug, coordinator);
            redirect.addFlashAttribute("notice", message("call.notice.duplicated", locale));
            return "redirect:/coordination/appels/" + copy.getId();
        } catch (CallSetup.Refused refused) {
            redirect.addFlashAttribute("duplicateRefused", explained(refused, locale));
            redirect.addFlashAttribute("duplicateSlug", slug);
            return "redirect:/coordination/appels/" + id + "#dupliquer";
        }
    }

    private String callPage(
            HttpServletRequest request,
            Model model,
            Long id,
            CallForm form,
            Map<String, String> errors,
            Locale locale) {
        model.addAttribute("coordinator", StaffSession.coordinator(request));
        Call call = id == null ? null : whole(id);
        model.addAttribute("call", call);
        model.addAttribute("form", form.values());
        model.addAttribute("errors", errors);
        model.addAttribute("seasons", seasons.findAll());
        model.addAttribute("groups", setup.reviewerGroups());
        model.addAttribute("choices", CallForm.CHOICES);
        if (call != null) {
            model.addAttribute("missing", CallForm.missingToOpen(call));
            model.addAttribute("changes", changes.of(id, locale));
            model.addAttribute("kit", kit.filesOf(id));
            model.addAttribute("epcis", communes.epcis());
            model.addAttribute(
                    "territory",
                    call.getTerritory().stream()
                            .sorted(Comparator.comparing(Commune::name))
                            .toList());
            model.addAttribute(
                    "nearby",
                    call.getNearby().stream()
                            .sorted(Comparator.comparing(Commune::name))
                            .toList());
        }
        return "coordination/call";
    }

    private String seasonPage(
            HttpServletRequest request, Model model, Long id, SeasonForm form, Map<String, String> errors) {
        model.addAttribute("coordinator", StaffSession.coordinator(request));
        model.addAttribute("seasonId", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "coordination/season";
    }

    /** The list, the way and the intercommunality chosen, shown again with what the change needs. */
    private static void keepTerritoryChoices(MultiValueMap<String, String> form, RedirectAttributes redirect) {
        redirect.addFlashAttribute("territoryTarget", form.getFirst("target"));
        redirect.addFlashAttribute("territoryMode", form.getFirst("mode"));
        redirect.addFlashAttribute("territoryEpci", form.getFirst("epci"));
    }

    private String refusedTerritory(Long id, Map<String, String> errors, String codes, RedirectAttributes redirect) {
        redirect.addFlashAttribute("territoryRefused", errors);
        redirect.addFlashAttribute("territoryCodes", codes.strip());
        return "redirect:/coordination/appels/" + id + "#territoire";
    }

    /** Each refusal in the reader's language; "key:detail" carries what the message names. */
    private Map<String, String> explained(CallSetup.Refused refused, Locale locale) {
        Map<String, String> explained = new LinkedHashMap<>();
        refused.reasons().forEach((field, reason) -> {
            String[] parts = reason.split(":", 2);
            explained.put(
                    field,
                    messages.getMessage(parts[0], parts.length > 1 ? arguments(parts[1], locale) : null, locale));
        });
        return explained;
    }

    /** A detail as the message names it; a day, or a day and a time (ISO, Paris), as its reader writes them. */
    private static Object[] arguments(String detail, Locale locale) {
        if (DAY.matcher(detail).matches()) {
            return new Object[] {WrittenDates.day(LocalDate.parse(detail), locale)};
        }
        if (MOMENT.matcher(detail).matches()) {
            LocalDateTime moment = LocalDateTime.parse(detail);
            return new Object[] {WrittenDates.day(moment.toLocalDate(), locale), moment.format(WrittenDates.HOUR)};
        }
        return new Object[] {detail};
    }

    private Map<String, String> defaultLabels(Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        CallForm.RULE_CRITERIA.forEach(code -> labels.put(code, message("call.criterion.default." + code, locale)));
        return labels;
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Choix inconnu : " + value);
        }
    }

    private Call whole(Long id) {
        return calls.findWholeById(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Aucun appel n°" + id + "."));
    }

    private Season season(Long id) {
        return seasons.findById(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Aucune saison n°" + id + "."));
    }
}
