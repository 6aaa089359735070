package org.constellation.coordination;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.constellation.call.Call;
import org.constellation.call.CallRepository;
import org.constellation.workflow.WrittenNumbers;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The processing figures of a call or of a season's calls together, for coordinators (CallAnalytics, StepTimes) and the
 * process heatmap (ProcessHeatmap): apart from the case workspace, whose pages reviewers read too.
 */
@Controller
class CallAnalyticsController {

    private final CallRepository calls;
    private final ChosenCall chosenCall;
    private final CallAnalytics analytics;
    private final ProcessHeatmap heatmap;

    CallAnalyticsController(
            CallRepository calls, ChosenCall chosenCall, CallAnalytics analytics, ProcessHeatmap heatmap) {
        this.calls = calls;
        this.chosenCall = chosenCall;
        this.analytics = analytics;
        this.heatmap = heatmap;
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
}
