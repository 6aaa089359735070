package org.constellation.coordination;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.constellation.call.Call;
import org.constellation.call.Commune;
import org.constellation.privacy.CaseRetention;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalKind;
import org.constellation.proposal.ProposalStateConflict;
import org.constellation.proposal.ProposalStatus;
import org.constellation.report.EventReports;
import org.constellation.report.ReportForm;
import org.springframework.data.domain.Page;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The team's case workspace (issue 16): a call's proposals as a table paged on the server, filtered by the address (so
 * a view is a link to keep or share, its columns chosen too: CaseColumns; exported by CaseExportController); each
 * case's page with its proposal, its story and its links to Tasklist and Cockpit, and its event's report, which the
 * team enters for the holder (a report received by phone), and its obligations after selection (given for the holder by
 * CaseObligationsController); views kept under a name and notes. Bulk actions on selected cases are
 * CaseActionsController's.
 */
@Controller
class CasesController {

    private final Cases cases;
    private final CaseFile caseFile;
    private final CaseWork work;
    private final SavedViewRepository views;
    private final ChosenCall chosenCall;
    private final CaseRetention retention;
    private final JuryBoard jury;
    private final EventReports reports;

    CasesController(
            Cases cases,
            CaseFile caseFile,
            CaseWork work,
            SavedViewRepository views,
            ChosenCall chosenCall,
            CaseRetention retention,
            JuryBoard jury,
            EventReports reports) {
        this.retention = retention;
        this.jury = jury;
        this.reports = reports;
        this.views = views;
        this.cases = cases;
        this.caseFile = caseFile;
        this.work = work;
        this.chosenCall = chosenCall;
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
        // The experts' scores and declarations are the committee's: coordinators read them, not the call's reviewers.
        if (member.isCoordinator()) {
            model.addAttribute("selection", jury.ofCase(proposal.getId()).orElse(null));
        }
        EventReports.Report report = reports.of(proposal.getId()).orElse(null);
        model.addAttribute("report", report);
        model.addAttribute("reportOpen", reports.isOpenFor(proposal));
        model.addAttribute("reportSessions", reports.sessionsOf(proposal.getId()));
        if (!model.containsAttribute("reportForm")) {
            model.addAttribute("reportForm", report == null ? ReportForm.blank() : ReportForm.of(report));
        }
        model.addAttribute("obligations", caseFile.obligations(proposal.getId()));
        return "coordination/case";
    }

    /**
     * The report of the case's event, entered by whoever of the team serves its call for the holder (received by phone
     * or by mail), as the holder would give it: it replaces an earlier one, and ends the process's wait for it.
     * Refused, the case page again with each refusal beside its field.
     */
    @PostMapping("/coordination/dossiers/{id}/bilan")
    String enterReport(
            @PathVariable Long id,
            @RequestParam MultiValueMap<String, String> params,
            @RequestParam(name = ReportForm.PHOTOS, required = false) List<MultipartFile> photos,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        StaffSession.Member member = StaffSession.member(request);
        Proposal proposal = requireCase(id);
        chosenCall.served(member, proposal.getCall().getId().toString());
        ReportForm form = ReportForm.read(
                params,
                reports.sessionsOf(id).size(),
                ReportForm.Upload.of(
                        photos == null
                                ? List.of()
                                : photos.stream()
                                        .map(MultipartFile::getResource)
                                        .toList()));
        if (form.isValid()) {
            try {
                reports.give(id, form, member.id());
                redirect.addFlashAttribute("reportNotice", "report.case.saved");
                return "redirect:/coordination/dossiers/" + id + "#bilan";
            } catch (ProposalStateConflict moved) {
                // The event no longer takes a report (withdrawn, or its sessions changed meanwhile).
                model.addAttribute("reportConflict", moved.getMessage());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        model.addAttribute("reportForm", form);
        return show(id, request, model);
    }

    /** A photo of the case's report, for whoever of the team serves its call; 404 for any other. */
    @GetMapping("/coordination/dossiers/{id}/bilan/photos/{photoId}")
    ResponseEntity<byte[]> reportPhoto(@PathVariable Long id, @PathVariable Long photoId, HttpServletRequest request) {
        StaffSession.Member member = StaffSession.member(request);
        chosenCall.served(member, requireCase(id).getCall().getId().toString());
        return reports.photo(id, photoId)
                .map(photo -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(photo.getContentType()))
                        .cacheControl(CacheControl.noStore())
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.inline()
                                        .filename(photo.getFileName(), StandardCharsets.UTF_8)
                                        .build()
                                        .toString())
                        .body(photo.getContent()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private Proposal requireCase(Long id) {
        Proposal proposal = cases.proposal(id);
        if (proposal == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Aucun dossier n°" + id + ".");
        }
        return proposal;
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
