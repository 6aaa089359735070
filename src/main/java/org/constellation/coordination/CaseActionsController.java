package org.constellation.coordination;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.constellation.accompaniment.FollowUps;
import org.constellation.call.Call;
import org.constellation.notification.GroupMail;
import org.constellation.proposal.Proposal;
import org.constellation.workflow.StaffNames;
import org.constellation.workflow.WrittenNumbers;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Bulk actions on the cases selected in the workspace's table: labels, a message to their holders, a follow-up person.
 */
@Controller
class CaseActionsController {

    private final Cases cases;
    private final ChosenCall chosenCall;
    private final CaseWork work;
    private final GroupMail groupMail;
    private final FollowUps followUps;
    private final StaffNames staff;

    CaseActionsController(
            Cases cases,
            ChosenCall chosenCall,
            CaseWork work,
            GroupMail groupMail,
            FollowUps followUps,
            StaffNames staff) {
        this.cases = cases;
        this.chosenCall = chosenCall;
        this.work = work;
        this.groupMail = groupMail;
        this.followUps = followUps;
        this.staff = staff;
    }

    private static Action choice(String action) {
        try {
            return Action.valueOf(action);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Action inconnue : " + action);
        }
    }

    /** What a bulk action does to each selected case. */
    enum Action {
        LABEL,
        UNLABEL,
        MESSAGE,
        FOLLOW_UP
    }

    /** Tomcat's mark on a request whose parameters it could not all read (Globals.PARAMETER_PARSE_FAILED_ATTR). */
    private static final String PARAMETERS_DROPPED = "org.apache.catalina.parameter_parse_failed";
    /** The most cases one bulk action changes: what its confirmation page can list, and far below Tomcat's limit. */
    static final int MAX_SELECTED = 5_000;

    /**
     * A bulk action on the selected cases: first shown for confirmation with the cases it will change, then done, each
     * case's story saying so. None of them completes a task: decisions stay in Tasklist.
     */
    @PostMapping("/coordination/dossiers/actions")
    String act(
            @RequestParam("appel") Long callId,
            @RequestParam(name = "dossier", required = false) List<Long> ids,
            @RequestParam(name = "action", defaultValue = "") String action,
            @RequestParam(name = "etiquette", defaultValue = "") String label,
            @RequestParam(name = "objet", defaultValue = "") String subject,
            @RequestParam(name = "message", defaultValue = "") String body,
            @RequestParam(name = "suivi", defaultValue = "") String followUp,
            @RequestParam(name = "confirme", required = false) String confirmed,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        String coordinator = StaffSession.coordinator(request);
        if (request.getAttribute(PARAMETERS_DROPPED) != null) {
            // Tomcat keeps the first parameters (server.tomcat.max-parameter-count) and drops the rest, unsaid.
            throw tooManyCases("");
        }
        Call call = chosenCall.of(callId);
        Action chosen = choice(action);
        Set<Long> chosenIds = ids == null ? Set.of() : new LinkedHashSet<>(ids);
        if (chosenIds.size() > MAX_SELECTED) {
            throw tooManyCases(" (" + WrittenNumbers.of(chosenIds.size()) + ")");
        }
        List<Proposal> selected = cases.selected(call.getId(), List.copyOf(chosenIds));
        if (selected.isEmpty()) {
            redirect.addFlashAttribute("notice", "Choisissez au moins un dossier de l’appel.");
            return "redirect:/coordination/dossiers?appel=" + call.getId();
        }
        if (selected.size() != chosenIds.size()) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    WrittenNumbers.of(chosenIds.size() - selected.size())
                            + " des dossiers choisis ne sont pas de cet appel (ou n’existent plus) : rien n’a été fait.");
        }
        String error = null;
        if ("oui".equals(confirmed)) {
            try {
                redirect.addFlashAttribute(
                        "notice", perform(chosen, call, selected, label, subject, body, followUp, coordinator));
                return "redirect:/coordination/dossiers?appel=" + call.getId();
            } catch (CaseWork.Refused | GroupMail.Refused | FollowUps.Refused refused) {
                error = refused.getMessage();
            }
        }
        model.addAttribute("coordinator", coordinator);
        model.addAttribute("call", call);
        model.addAttribute("selected", selected);
        model.addAttribute("action", chosen);
        model.addAttribute("label", label);
        model.addAttribute("subject", subject);
        model.addAttribute("body", body);
        model.addAttribute("followUp", followUp);
        model.addAttribute("error", error);
        return "coordination/case-action";
    }

    private static ResponseStatusException tooManyCases(String howMany) {
        return new ResponseStatusException(
                HttpStatus.BAD_REQUEST,
                "Trop de dossiers choisis d’un coup" + howMany
                        + " : rien n’a été fait. Une action porte sur " + WrittenNumbers.of(MAX_SELECTED)
                        + " dossiers au plus ; "
                        + "filtrez la liste pour en choisir moins.");
    }

    /** Does a confirmed bulk action to each selected case; returns what the team reads. */
    private String perform(
            Action action,
            Call call,
            List<Proposal> selected,
            String label,
            String subject,
            String body,
            String followUp,
            String coordinator) {
        List<Long> chosenIds = selected.stream().map(Proposal::getId).toList();
        return switch (action) {
            case LABEL ->
                work.label(chosenIds, label, coordinator) + " dossier(s) étiqueté(s) « " + label.strip() + " ».";
            case UNLABEL ->
                work.unlabel(chosenIds, label, coordinator) + " dossier(s) sans l’étiquette « " + label.strip() + " ».";
            case MESSAGE -> {
                groupMail.sendTo(call.getId(), chosenIds, subject, body, coordinator);
                chosenIds.forEach(id -> work.record(id, coordinator, "Message aux porteurs : " + subject.strip()));
                yield chosenIds.size() + " message(s) dans la boîte d’envoi.";
            }
            case FOLLOW_UP -> {
                List<Proposal> followed =
                        selected.stream().filter(followUps::hasFollowUp).toList();
                String name = staff.fullName(followUp.strip());
                followed.forEach(p -> {
                    followUps.handOver(p, followUp.strip());
                    work.record(p.getId(), coordinator, "Suivi confié à " + name);
                });
                yield followed.size() + " dossier(s) confié(s) à " + name + " ; " + (selected.size() - followed.size())
                        + " sans accompagnement encore.";
            }
        };
    }
}
