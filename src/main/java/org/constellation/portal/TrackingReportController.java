package org.constellation.portal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.constellation.portal.TrackingSessions.Tracked;
import org.constellation.proposal.ProposalStateConflict;
import org.constellation.report.EventReportPhoto;
import org.constellation.report.EventReports;
import org.constellation.report.ReportForm;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The report of their event the holder gives on their tracking page, once it took place, with its photos (a multipart
 * form, which {@link RequestSizeLimit} lets through up to three photos of 5 MB), and the photos they sent. As every
 * tracking action, on the proposal of the session only.
 */
@Controller
class TrackingReportController {

    static final String PATH = "/suivi/bilan";

    private final TrackingPages pages;
    private final EventReports reports;
    private final MessageSource messages;

    TrackingReportController(TrackingPages pages, EventReports reports, MessageSource messages) {
        this.pages = pages;
        this.reports = reports;
        this.messages = messages;
    }

    /** Saved, or the tracking page again with each refusal beside its field and what was typed kept (not files). */
    @PostMapping(PATH)
    String give(
            Tracked tracked,
            @RequestParam MultiValueMap<String, String> params,
            @RequestParam(name = ReportForm.PHOTOS, required = false) List<MultipartFile> photos,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        TrackingView view = pages.view(tracked.proposalId(), LocaleContextHolder.getLocale());
        if (view.report() == null) {
            return conflict(
                    view,
                    messages.getMessage("proposal.noReportExpected", null, LocaleContextHolder.getLocale()),
                    response,
                    model);
        }
        ReportForm form = ReportForm.read(
                params,
                view.report().sessions().size(),
                ReportForm.Upload.of(
                        photos == null
                                ? List.of()
                                : photos.stream()
                                        .map(MultipartFile::getResource)
                                        .toList()));
        if (form.isValid()) {
            try {
                reports.give(tracked.proposalId(), form, null);
                redirect.addFlashAttribute("notice", "portal.tracking.reportReceived");
                return "redirect:/suivi";
            } catch (ProposalStateConflict moved) {
                return conflict(view, moved.getMessage(), response, model);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        model.addAttribute("proposal", view);
        model.addAttribute("reportForm", form);
        return "portal/tracking";
    }

    private String conflict(TrackingView view, String message, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("proposal", view);
        model.addAttribute("conflict", message);
        return "portal/tracking";
    }

    /** A photo the holder sent with their report; 404 for any other. */
    @GetMapping(PATH + "/photos/{photoId}")
    ResponseEntity<byte[]> photo(Tracked tracked, @PathVariable Long photoId) {
        return reports.photo(tracked.proposalId(), photoId)
                .map(TrackingReportController::image)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** A photo as its download answers it: shown in the browser, under its name, never kept in a cache. */
    private static ResponseEntity<byte[]> image(EventReportPhoto photo) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.getContentType()))
                .cacheControl(CacheControl.noStore())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(photo.getFileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(photo.getContent());
    }
}
