package org.constellation.coordination;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import org.constellation.accompaniment.FollowUps;
import org.constellation.call.Call;
import org.constellation.call.Commune;
import org.constellation.notification.GroupMail;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalKind;
import org.constellation.proposal.ProposalStatus;
import org.constellation.workflow.StaffNames;
import org.constellation.workflow.WrittenNumbers;
import org.springframework.data.domain.Page;
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
 * The team's case workspace (issue 16): a call's proposals as a table paged on the server, filtered by the address
 * (so a view is a link to keep or share, its columns chosen too: CaseColumns; exported by CaseExportController);
 * each case's page with its proposal, its story and its links to Tasklist and Cockpit.
 */
@Controller
class CasesController {

    private final Cases cases;
    private final CaseFile caseFile;
    private final CaseWork work;
    private final GroupMail groupMail;
    private final SavedViewRepository views;
    private final FollowUps followUps;
    private final ChosenCall chosenCall;
    private final StaffNames staff;
    private final org.constellation.privacy.CaseRetention retention;

    CasesController(
            Cases cases,
            CaseFile caseFile,
            CaseWork work,
            GroupMail groupMail,
            SavedViewRepository views,
            FollowUps followUps,
            ChosenCall chosenCall,
            StaffNames staff,
            org.constellation.privacy.CaseRetention retention) {
        this.retention = retention;
        this.followUps = followUps;
        this.views = views;
        this.cases = cases;
        this.caseFile = caseFile;
        this.work = work;
        this.groupMail = groupMail;
        this.chosenCall = chosenCall;
        this.staff = staff;
    }

    @GetMapping("/coordination/dossiers")
    String list(
            CaseView view,
            @RequestParam(name = "page", defaultValue = "0") int page,
            HttpServletRequest request,
            Model model) {
        StaffSession.Member member = StaffSession.member(request);
        model.addAttribute("coordinator", member.id());
        model.addAttribute("canAct", member.isCoordinator());
        Call call = chosenCall.served(member, view.appel());
        Cases.Filter filter = view.filter();
        Page<Cases.Row> rows = cases.page(call.getId(), filter, CoordinationErrors.page(page, 0));
        List<String> shown = CaseColumns.chosen(request.getParameterValues(CaseColumns.PARAMETER));
        // A table page: on the screen's width, not the reading measure of the other pages.
        model.addAttribute("wide", true);
        model.addAttribute("call", call);
        model.addAttribute("calls", chosenCall.servedBy(member));
        model.addAttribute("filter", filter);
        model.addAttribute("viewQuery", view.query(call.getId()));
        model.addAttribute("pageQuery", view.query(call.getId()) + CaseColumns.query(shown));
        model.addAttribute("columns", CaseColumns.CHOOSABLE);
        model.addAttribute("shown", shown);
        model.addAttribute("columnsChosen", CaseColumns.kept(shown) != null);
        model.addAttribute("savedViews", views.findByOwnerOrderByName(member.id()));
        model.addAttribute(
                "communes",
                call.getTerritory().stream()
                        .sorted(Comparator.comparing(Commune::name))
                        .toList());
        model.addAttribute("rows", rows);
        model.addAttribute("counts", cases.counts(call.getId()));
        model.addAttribute("statuses", ProposalStatus.values());
        model.addAttribute("kinds", ProposalKind.values());
        model.addAttribute("waiting", Cases.WaitingOn.values());
        model.addAttribute("orders", Cases.Order.values());
        return "coordination/cases";
    }

    @GetMapping("/coordination/dossiers/{id}")
    String show(@PathVariable Long id, HttpServletRequest request, Model model) {
        StaffSession.Member member = StaffSession.member(request);
        model.addAttribute("coordinator", member.id());
        model.addAttribute("canAct", member.isCoordinator());
        Proposal proposal = requireCase(id);
        chosenCall.served(member, proposal.getCall().getId().toString());
        Task task = cases.openTask(proposal);
        model.addAttribute("proposal", proposal);
        model.addAttribute("row", cases.row(proposal));
        model.addAttribute("task", task);
        CaseFile.Story story = caseFile.story(proposal);
        model.addAttribute("story", story.events());
        model.addAttribute("failedMails", story.failedMails());
        model.addAttribute("retention", retention.view(proposal));
        model.addAttribute("reading", caseFile.reading(proposal.getId()));
        return "coordination/case";
    }

    private Proposal requireCase(Long id) {
        Proposal proposal = cases.proposal(id);
        if (proposal == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Aucun dossier n°" + id + ".");
        }
        return proposal;
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
     * A bulk action on the selected cases: first shown for confirmation with the cases it will change, then done,
     * each case's story saying so. None of them completes a task: decisions stay in Tasklist.
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

    /** Keeps the view shown, its columns too, under a name, for its owner; a view of the same name is replaced. */
    @PostMapping("/coordination/dossiers/vues")
    String saveView(
            CaseView view,
            @RequestParam(name = "nom", defaultValue = "") String name,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        StaffSession.Member member = StaffSession.member(request);
        Call call = chosenCall.served(member, view.appel());
        String clean = name.strip();
        List<String> shown = CaseColumns.chosen(request.getParameterValues(CaseColumns.PARAMETER));
        if (clean.isEmpty() || clean.length() > 100 || clean.chars().anyMatch(Character::isISOControl)) {
            redirect.addFlashAttribute("notice", "Nom de la vue : de 1 à 100 caractères visibles.");
        } else {
            views.findByOwnerOrderByName(member.id()).stream()
                    .filter(v -> v.getName().equals(clean))
                    .forEach(views::delete);
            views.save(new SavedView(member.id(), clean, view.query(call.getId()), CaseColumns.kept(shown)));
            redirect.addFlashAttribute("notice", "Vue « " + clean + " » enregistrée.");
        }
        return "redirect:/coordination/dossiers?" + view.query(call.getId()) + CaseColumns.query(shown);
    }

    @PostMapping("/coordination/dossiers/vues/{id}/supprimer")
    String deleteView(@PathVariable Long id, HttpServletRequest request, RedirectAttributes redirect) {
        String owner = StaffSession.member(request).id();
        views.findById(id).filter(v -> v.getOwner().equals(owner)).ifPresent(views::delete);
        redirect.addFlashAttribute("notice", "Vue supprimée.");
        return "redirect:/coordination/dossiers";
    }

    @PostMapping("/coordination/dossiers/{id}/note")
    String note(
            @PathVariable Long id,
            @RequestParam(name = "note", defaultValue = "") String text,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        String coordinator = StaffSession.coordinator(request);
        requireCase(id);
        try {
            work.note(id, text, coordinator);
            redirect.addFlashAttribute("notice", "Note enregistrée.");
        } catch (CaseWork.Refused refused) {
            redirect.addFlashAttribute("notice", refused.getMessage());
        }
        return "redirect:/coordination/dossiers/" + id;
    }
}
