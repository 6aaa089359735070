package org.constellation.coordination;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.constellation.privacy.CaseRetention;
import org.constellation.privacy.Erasure;
import org.constellation.privacy.PurgeLogRepository;
import org.constellation.privacy.RetentionRules;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRepository;
import org.constellation.workflow.WrittenDates;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A case's personal data, for coordinators: keep an ended case longer with a reason, erase a person's data on their
 * request (shown first, then confirmed), and the purge log of what was erased.
 */
@Controller
class RetentionController {

    private final ProposalRepository proposals;
    private final CaseRetention retention;
    private final Erasure erasure;
    private final PurgeLogRepository purgeLog;

    RetentionController(
            ProposalRepository proposals, CaseRetention retention, Erasure erasure, PurgeLogRepository purgeLog) {
        this.proposals = proposals;
        this.retention = retention;
        this.erasure = erasure;
        this.purgeLog = purgeLog;
    }

    @PostMapping("/coordination/dossiers/{id}/conservation")
    String extend(
            @PathVariable Long id,
            @RequestParam(name = "until", defaultValue = "") String until,
            @RequestParam(name = "reason", defaultValue = "") String reason,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        String coordinator = StaffSession.coordinator(request);
        require(id);
        try {
            LocalDate kept = day(until);
            retention.extend(id, kept, reason, coordinator);
            redirect.addFlashAttribute(
                    "notice",
                    "Conservation prolongée jusqu’au " + WrittenDates.day(kept, Locale.FRENCH) + ", motif enregistré.");
        } catch (RetentionRules.Refused refused) {
            redirect.addFlashAttribute("notice", refused.getMessage());
        }
        return "redirect:/coordination/dossiers/" + id;
    }

    /** What an erasure on request would take, before the coordinator confirms it. */
    @GetMapping("/coordination/dossiers/{id}/effacement")
    String confirm(@PathVariable Long id, HttpServletRequest request, Model model) {
        StaffSession.coordinator(request);
        Proposal proposal = require(id);
        model.addAttribute("proposal", proposal);
        model.addAttribute("cases", erasure.casesOf(proposal));
        return "coordination/erasure";
    }

    @PostMapping("/coordination/dossiers/{id}/effacement")
    String erase(
            @PathVariable Long id,
            @RequestParam(name = "confirm", defaultValue = "") String confirm,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        String coordinator = StaffSession.coordinator(request);
        Proposal proposal = require(id);
        if (!"yes".equals(confirm)) {
            redirect.addFlashAttribute("notice", "Cochez la confirmation : l’effacement ne peut pas être défait.");
            return "redirect:/coordination/dossiers/" + id + "/effacement";
        }
        if (proposal.isErased()) {
            redirect.addFlashAttribute("notice", "Les données de ce dossier sont déjà effacées.");
            return "redirect:/coordination/dossiers/" + id;
        }
        List<String> erased = erasure.erasePerson(id, coordinator);
        redirect.addFlashAttribute(
                "notice",
                "Données personnelles effacées : " + String.join(", ", erased)
                        + ". Le journal des effacements le garde, sans les données.");
        return "redirect:/coordination/dossiers/" + id;
    }

    @GetMapping("/coordination/effacements")
    String log(HttpServletRequest request, Model model) {
        StaffSession.coordinator(request);
        model.addAttribute("entries", purgeLog.findTop200ByOrderByErasedAtDescIdDesc());
        return "coordination/purge-log";
    }

    private Proposal require(Long id) {
        return proposals
                .findById(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Aucun dossier n°" + id + "."));
    }

    private static LocalDate day(String text) {
        try {
            return text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new RetentionRules.Refused("Nouvelle date : une date au format AAAA-MM-JJ.");
        }
    }
}
