package org.constellation.coordination;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import org.constellation.accompaniment.FollowUps;
import org.constellation.call.Call;
import org.constellation.call.CallRepository;
import org.constellation.call.Commune;
import org.constellation.notification.GroupMail;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalKind;
import org.constellation.proposal.ProposalStatus;
import org.constellation.workflow.StaffNames;
import org.constellation.workflow.WrittenNumbers;
import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The team's case workspace (issue 16): a call's proposals as a table paged on the server, filtered by the address
 * (so a view is a link to keep or share, its columns chosen too: CaseColumns), exported as CSV and XLSX for a
 * selection committee (CaseExport); each case's page with its proposal, its story and its links to Tasklist and
 * Cockpit; and the call's processing figures.
 */
@Controller
class CasesController {

    private final Cases cases;
    private final CaseFile caseFile;
    private final CaseWork work;
    private final GroupMail groupMail;
    private final CallAnalytics analytics;
    private final ProcessHeatmap heatmap;
    private final SavedViewRepository views;
    private final FollowUps followUps;
    private final ChosenCall chosenCall;
    private final CallRepository calls;
    private final CaseExport export;
    private final StaffNames staff;
    private final org.constellation.privacy.CaseRetention retention;

    CasesController(
            Cases cases,
            CaseFile caseFile,
            CaseWork work,
            GroupMail groupMail,
            CallAnalytics analytics,
            ProcessHeatmap heatmap,
            SavedViewRepository views,
            FollowUps followUps,
            ChosenCall chosenCall,
            CallRepository calls,
            CaseExport export,
            StaffNames staff,
            org.constellation.privacy.CaseRetention retention) {
        this.retention = retention;
        this.followUps = followUps;
        this.views = views;
        this.heatmap = heatmap;
        this.cases = cases;
        this.caseFile = caseFile;
        this.work = work;
        this.groupMail = groupMail;
        this.analytics = analytics;
        this.chosenCall = chosenCall;
        this.calls = calls;
        this.export = export;
        this.staff = staff;
    }

    /**
     * A view of the table, as the address carries it (French parameter names, as the pages' links write them); the call
     * by its number or its address.
     */
    record CaseView(
            String appel,
            String etat,
            String type,
            String attente,
            String q,
            String etiquette,
            String theme,
            String commune,
            String tenue,
            String retard,
            String tri) {

        Cases.Filter filter() {
            Cases.Order order = CoordinationErrors.filter(tri, Cases.Order::valueOf);
            return new Cases.Filter(
                    CoordinationErrors.filter(etat, ProposalStatus::valueOf),
                    CoordinationErrors.filter(type, ProposalKind::valueOf),
                    CoordinationErrors.filter(attente, Cases.WaitingOn::valueOf),
                    CoordinationErrors.text(q),
                    Optional.ofNullable(CoordinationErrors.text(etiquette))
                            .map(label -> label.toLowerCase(Locale.ROOT))
                            .orElse(null),
                    CoordinationErrors.text(theme),
                    CoordinationErrors.text(commune),
                    CoordinationErrors.text(tenue),
                    "oui".equals(retard),
                    order == null ? Cases.Order.REFERENCE : order);
        }

        /** The view as the query of a link (pages, exports), for the call shown. */
        String query(Long callId) {
            UriComponentsBuilder query = UriComponentsBuilder.newInstance().queryParam("appel", callId);
            Map<String, String> parts = new LinkedHashMap<>();
            parts.put("etat", etat);
            parts.put("type", type);
            parts.put("attente", attente);
            parts.put("q", q);
            parts.put("etiquette", etiquette);
            parts.put("theme", theme);
            parts.put("commune", commune);
            parts.put("tenue", tenue);
            parts.put("retard", retard);
            parts.put("tri", tri);
            parts.forEach((name, value) -> {
                if (!blank(value)) {
                    query.queryParam(name, value);
                }
            });
            return query.encode().build().getQuery();
        }
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
        Call call = served(member, view.appel());
        Cases.Filter filter = view.filter();
        Page<Cases.Row> rows = cases.page(call.getId(), filter, CoordinationErrors.page(page, 0));
        List<String> shown = CaseColumns.chosen(request.getParameterValues(CaseColumns.PARAMETER));
        // A table page: on the screen's width, not the reading measure of the other pages.
        model.addAttribute("wide", true);
        model.addAttribute("call", call);
        model.addAttribute(
                "calls",
                calls.findAll().stream()
                        .filter(c -> member.serves(c.getReviewerGroup()))
                        .toList());
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

    /**
     * The filtered table as CSV, the columns a selection committee reads (CaseExport): UTF-8 with a byte order mark,
     * semicolons, French dates, every text cell inert.
     */
    @GetMapping("/coordination/dossiers.csv")
    ResponseEntity<byte[]> csv(CaseView view, HttpServletRequest request) {
        Call call = served(StaffSession.member(request), view.appel());
        String table = export.of(call.getId(), view.filter()).csv();
        return download(
                table.getBytes(StandardCharsets.UTF_8),
                new MediaType("text", "csv", StandardCharsets.UTF_8),
                "dossiers-" + call.getSlug() + ".csv");
    }

    /**
     * The same table as an XLSX workbook, one row per case: date cells, numbers as numbers, a frozen header with a
     * filter over the whole table.
     */
    @GetMapping("/coordination/dossiers.xlsx")
    ResponseEntity<byte[]> xlsx(CaseView view, HttpServletRequest request) {
        Call call = served(StaffSession.member(request), view.appel());
        return download(
                export.of(call.getId(), view.filter()).xlsx(),
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                "dossiers-" + call.getSlug() + ".xlsx");
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(body);
    }

    @GetMapping("/coordination/dossiers/{id}")
    String show(@PathVariable Long id, HttpServletRequest request, Model model) {
        StaffSession.Member member = StaffSession.member(request);
        model.addAttribute("coordinator", member.id());
        model.addAttribute("canAct", member.isCoordinator());
        Proposal proposal = requireCase(id);
        served(member, proposal.getCall().getId().toString());
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

    /**
     * The call a page shows, if the member serves it: coordinators every call, reviewers those of their groups, read
     * only (no bulk action, no note). Without a choice, the latest call they serve.
     */
    private Call served(StaffSession.Member member, String asked) {
        Call call = !blank(asked) || member.isCoordinator()
                ? chosenCall.of(asked)
                : chosenCall.of(calls.findAll().stream()
                        .filter(c -> member.serves(c.getReviewerGroup()))
                        .map(Call::getId)
                        .max(Long::compare)
                        .orElseThrow(() -> new ResponseStatusException(
                                HttpStatus.FORBIDDEN, "Aucun appel servi par vos groupes.")));
        if (!member.serves(call.getReviewerGroup())) {
            throw new ResponseStatusException(
                    HttpStatus.FORBIDDEN, "Ces dossiers sont ceux d’un appel que vos groupes ne servent pas.");
        }
        return call;
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
        Call call = served(member, view.appel());
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

    /**
     * The processing figures of one call, or with {@code saison} of every call of the season together: funnel, time in
     * each step and whose it was, load, weekly submissions, heatmap.
     */
    @GetMapping("/coordination/analyse")
    String analyse(
            @RequestParam(name = "appel", required = false) String asked,
            @RequestParam(name = "saison", required = false) Long seasonId,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("coordinator", StaffSession.coordinator(request));
        List<Call> all = calls.findAll();
        List<Call> measured = measured(all, asked, seasonId, model);
        List<Long> ids = measured.stream().map(Call::getId).toList();
        CallAnalytics.Figures figures = analytics.of(ids);
        model.addAttribute("measured", measured);
        model.addAttribute("calls", all);
        model.addAttribute(
                "seasons", all.stream().map(Call::getSeason).distinct().toList());
        model.addAttribute("figures", figures);
        model.addAttribute("heatmap", heatmap.of(ids));
        model.addAttribute("widest", Math.max(1, figures.funnel().get(0).count()));
        model.addAttribute(
                "busiestWeek",
                figures.weeks().stream()
                        .mapToLong(CallAnalytics.Week::submissions)
                        .max()
                        .orElse(1));
        return "coordination/analyse";
    }

    /**
     * One diagram of the heatmap alone, at the size it is drawn ({@code schema}: its rank, the process first), for
     * whoever finds it too small scaled to the analysis page: on the screen's width, scrolled within its frame.
     */
    @GetMapping("/coordination/analyse/carte")
    String heatmapDiagram(
            @RequestParam(name = "appel", required = false) String asked,
            @RequestParam(name = "saison", required = false) Long seasonId,
            @RequestParam(name = "schema", defaultValue = "0") int rank,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("coordinator", StaffSession.coordinator(request));
        List<Call> measured = measured(calls.findAll(), asked, seasonId, model);
        List<ProcessHeatmap.Diagram> diagrams =
                heatmap.of(measured.stream().map(Call::getId).toList()).diagrams();
        if (rank < 0 || rank >= diagrams.size()) {
            throw new ResponseStatusException(
                    HttpStatus.NOT_FOUND,
                    "Aucun schéma à ce rang : le modèle en dessine " + WrittenNumbers.of(diagrams.size()) + ".");
        }
        model.addAttribute("wide", true);
        model.addAttribute("diagram", diagrams.get(rank));
        model.addAttribute("rank", rank);
        return "coordination/analyse-carte";
    }

    /** The calls the figures measure: one call, or with {@code seasonId} every call of the season; the page told. */
    private List<Call> measured(List<Call> all, String asked, Long seasonId, Model model) {
        if (seasonId != null) {
            List<Call> measured = all.stream()
                    .filter(c -> c.getSeason().getId().equals(seasonId))
                    .toList();
            if (measured.isEmpty()) {
                throw new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "Aucun appel dans la saison n°" + seasonId + ".");
            }
            model.addAttribute("season", measured.get(0).getSeason());
            model.addAttribute("scope", "Saison " + measured.get(0).getSeason().getTitle());
            return measured;
        }
        Call call = chosenCall.of(asked);
        model.addAttribute("call", call);
        model.addAttribute("scope", call.getTitle());
        return List.of(call);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
