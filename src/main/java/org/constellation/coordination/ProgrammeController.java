package org.constellation.coordination;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.constellation.call.Call;
import org.constellation.call.CallRepository;
import org.constellation.call.Season;
import org.constellation.programme.ProgrammeChange;
import org.constellation.programme.ProgrammeEntries;
import org.constellation.programme.ProgrammeEntryStatus;
import org.constellation.programme.ProgrammeReleases;
import org.constellation.programme.PublishedEntry;
import org.constellation.programme.SharedCalendar;
import org.constellation.programme.SharedCalendarEvent;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The season's programme for coordinators: what changed since the released version, releasing the next version with a
 * note, the state of each published event (full, postponed, new times), the versions and the shared calendar.
 */
@Controller
class ProgrammeController {

    /** An event of the programme as it will next be released, and whether the shared calendar holds it so. */
    record Line(PublishedEntry entry, boolean inSharedCalendar) {}

    private final ChosenCall chosenCall;
    private final CallRepository calls;
    private final ProgrammeReleases releases;
    private final ProgrammeEntries entries;
    private final SharedCalendar sharedCalendar;

    ProgrammeController(
            ChosenCall chosenCall,
            CallRepository calls,
            ProgrammeReleases releases,
            ProgrammeEntries entries,
            SharedCalendar sharedCalendar) {
        this.chosenCall = chosenCall;
        this.calls = calls;
        this.releases = releases;
        this.entries = entries;
        this.sharedCalendar = sharedCalendar;
    }

    @GetMapping("/coordination/programme")
    String show(@RequestParam(name = "appel", required = false) Long callId, HttpServletRequest request, Model model) {
        model.addAttribute("coordinator", StaffSession.coordinator(request));
        Call call = chosenCall.of(callId);
        Season season = call.getSeason();
        Map<String, SharedCalendarEvent> held = sharedCalendar.held(season.getId());
        model.addAttribute("call", call);
        model.addAttribute("calls", calls.findAll());
        model.addAttribute("season", season);
        model.addAttribute("release", releases.latest(season.getId()).orElse(null));
        List<PublishedEntry> draft = releases.draft(season.getId());
        model.addAttribute("pending", ProgrammeChange.between(releases.releasedEntries(season.getId()), draft));
        model.addAttribute("versions", releases.versions(season.getId()));
        model.addAttribute(
                "lines",
                draft.stream()
                        .map(entry -> new Line(
                                entry,
                                held.containsKey(entry.uid())
                                        && held.get(entry.uid()).holds(entry)))
                        .toList());
        model.addAttribute("sharedCalendar", sharedCalendar.isConfigured(season));
        model.addAttribute(
                "statuses",
                Arrays.stream(ProgrammeEntryStatus.values())
                        .filter(ProgrammeEntryStatus::isSetByCoordinators)
                        .toList());
        return "coordination/programme";
    }

    @PostMapping("/coordination/programme/versions")
    String release(
            @RequestParam("appel") Long callId,
            @RequestParam(name = "note", required = false) String note,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        String coordinator = StaffSession.coordinator(request);
        Season season = chosenCall.of(callId).getSeason();
        String trimmed = note == null || note.isBlank() ? null : note.strip();
        if (trimmed != null && trimmed.length() > 1000) {
            redirect.addFlashAttribute(
                    "notice", "La note de version tient en 1 000 caractères au plus ; rien n’a été publié.");
        } else {
            try {
                ProgrammeReleases.Release release = releases.release(season.getId(), coordinator, trimmed);
                List<ProgrammeChange> changes = release.changes();
                redirect.addFlashAttribute(
                        "notice",
                        "Version " + release.version() + " publiée : " + changes.size()
                                + " changement(s). Les flux, l’agenda public"
                                + (sharedCalendar.isConfigured(season) ? " et le calendrier partagé" : "")
                                + " la montrent.");
            } catch (ProgrammeReleases.NothingToRelease nothing) {
                redirect.addFlashAttribute(
                        "notice", "Rien n’a changé depuis la dernière version : aucune version publiée.");
            }
        }
        return "redirect:/coordination/programme?appel=" + callId;
    }

    @PostMapping("/coordination/programme/etat")
    String changeStatus(
            @RequestParam("appel") Long callId,
            @RequestParam("fiche") String uid,
            @RequestParam("etat") String status,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        StaffSession.coordinator(request);
        Season season = chosenCall.of(callId).getSeason();
        try {
            entries.changeStatus(season.getId(), uid, ProgrammeEntryStatus.valueOf(status));
            redirect.addFlashAttribute("notice", "État changé. Publiez une nouvelle version pour le diffuser.");
        } catch (IllegalArgumentException | IllegalStateException refused) {
            redirect.addFlashAttribute(
                    "notice",
                    "Cet état ne s’applique pas à cette fiche : une fiche annulée le reste, "
                            + "et seuls programmé, horaires modifiés, reporté et complet se choisissent ici.");
        }
        return "redirect:/coordination/programme?appel=" + callId;
    }
}
