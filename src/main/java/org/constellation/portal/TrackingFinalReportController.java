package org.constellation.portal;

import jakarta.servlet.http.HttpServletResponse;
import org.constellation.portal.TrackingSessions.Tracked;
import org.constellation.proposal.ProposalStateConflict;
import org.constellation.subsidy.FinalReportForm;
import org.constellation.subsidy.FinalReports;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A funded project's final report on its holder's tracking pages (issue 32, part 6): the activity (taken from the
 * event's report when there is one) and the expenses realised by the call's categories beside their forecast; given
 * again once sent back, its reason shown. As every tracking action, on the proposal of the session only.
 */
@Controller
class TrackingFinalReportController {

    static final String PATH = "/suivi/rapport-final";

    private final FinalReports reports;
    private final MessageSource messages;

    TrackingFinalReportController(FinalReports reports, MessageSource messages) {
        this.reports = reports;
        this.messages = messages;
    }

    /** The form while the report is awaited; where it stands once given; 404 while nothing is asked. */
    @GetMapping(PATH)
    String show(Tracked tracked, HttpServletResponse response, Model model) {
        return reports.tracking(tracked.proposalId())
                .map(tracking ->
                        page(tracking, tracking.awaited() ? reports.formFor(tracked.proposalId()) : null, model))
                .orElseGet(() -> {
                    response.setStatus(HttpStatus.NOT_FOUND.value());
                    model.addAttribute(
                            "conflict",
                            messages.getMessage("finalReport.notAwaited", null, LocaleContextHolder.getLocale()));
                    return "portal/final-report";
                });
    }

    /**
     * Saved and back to the tracking page, or the form again with each refusal beside its field, what was typed kept.
     */
    @PostMapping(PATH)
    String give(
            Tracked tracked,
            @RequestParam MultiValueMap<String, String> params,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        FinalReports.Tracking tracking = reports.tracking(tracked.proposalId()).orElse(null);
        if (tracking == null || !tracking.awaited()) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute(
                    "conflict", messages.getMessage("finalReport.notAwaited", null, LocaleContextHolder.getLocale()));
            return tracking == null ? "portal/final-report" : page(tracking, null, model);
        }
        FinalReportForm form = FinalReportForm.read(reports.lines(tracked.proposalId()), params);
        if (form.isValid()) {
            try {
                reports.give(tracked.proposalId(), form);
                redirect.addFlashAttribute("notice", "portal.finalReport.received");
                return "redirect:/suivi";
            } catch (ProposalStateConflict moved) {
                response.setStatus(HttpStatus.CONFLICT.value());
                model.addAttribute("conflict", moved.getMessage());
                return page(tracking, form, model);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return page(tracking, form, model);
    }

    private static String page(FinalReports.Tracking tracking, FinalReportForm form, Model model) {
        model.addAttribute("finalReport", tracking);
        model.addAttribute("finalReportForm", form);
        return "portal/final-report";
    }
}
