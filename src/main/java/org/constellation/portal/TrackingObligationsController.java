package org.constellation.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.constellation.obligation.Evidence;
import org.constellation.obligation.LinkCheck;
import org.constellation.obligation.Obligations;
import org.constellation.portal.TrackingSessions.Tracked;
import org.constellation.proposal.ProposalStateConflict;
import org.constellation.report.ReportForm;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The holder ticks off an obligation after selection on their tracking page with its evidence (issue 31, part 2): an
 * address that answers, a photo (a multipart form, which {@link RequestSizeLimit} lets through up to one photo of 5
 * MB), or a few words; and sees the photo they gave. As every tracking action, on the proposal of the session only.
 * Asking an address costs the server a request to it: counted as a tracking page is, per client address.
 */
@Controller
class TrackingObligationsController {

    static final String PATH = "/suivi/obligations";

    private final TrackingPages pages;
    private final Obligations obligations;
    private final LinkCheck links;
    private final RateLimits rateLimits;
    private final MessageSource messages;

    TrackingObligationsController(
            TrackingPages pages,
            Obligations obligations,
            LinkCheck links,
            RateLimits rateLimits,
            MessageSource messages) {
        this.pages = pages;
        this.obligations = obligations;
        this.links = links;
        this.rateLimits = rateLimits;
        this.messages = messages;
    }

    /**
     * Saved, or the tracking page again with the refusal beside the obligation's field, what was typed kept (not a
     * file).
     */
    @PostMapping(PATH + "/{position}")
    String give(
            Tracked tracked,
            @PathVariable int position,
            @RequestParam(name = Evidence.URL, required = false) String url,
            @RequestParam(name = Evidence.TEXT, required = false) String text,
            @RequestParam(name = Evidence.PHOTO, required = false) List<MultipartFile> photos,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        TrackingView view = pages.view(tracked.proposalId(), locale);
        Obligations.Owed step = view.status().isStopped()
                ? null
                : view.obligations().stream()
                        .filter(owed -> owed.obligation().position() == position)
                        .findFirst()
                        .orElse(null);
        if (step == null) {
            return conflict(view, messages.getMessage("obligation.noSuchObligation", null, locale), response, model);
        }
        Evidence evidence = Evidence.read(
                step.obligation().kind(),
                url,
                text,
                ReportForm.Upload.of(
                        photos == null
                                ? List.of()
                                : photos.stream()
                                        .map(MultipartFile::getResource)
                                        .toList()),
                step.obligation().photoGiven());
        if (evidence.isValid() && step.obligation().kind().isAddress()) {
            rateLimits.consume(RateLimits.Limit.TRACKING_PER_ADDRESS, request.getRemoteAddr());
            evidence.checkAddress(links);
        }
        if (evidence.isValid()) {
            try {
                obligations.meet(tracked.proposalId(), position, evidence, null);
                redirect.addFlashAttribute("notice", "portal.obligations.received");
                return "redirect:/suivi#obligation-" + position;
            } catch (ProposalStateConflict moved) {
                return conflict(view, moved.getMessage(), response, model);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        model.addAttribute("proposal", view);
        model.addAttribute("obligationForm", evidence);
        model.addAttribute("obligationPosition", position);
        return "portal/tracking";
    }

    private String conflict(TrackingView view, String message, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("proposal", view);
        model.addAttribute("conflict", message);
        return "portal/tracking";
    }

    /** The photo the holder gave as the evidence of an obligation, shown in the browser; 404 for any other. */
    @GetMapping(PATH + "/{position}/photo")
    ResponseEntity<byte[]> photo(Tracked tracked, @PathVariable int position) {
        return obligations
                .photo(tracked.proposalId(), position)
                .map(photo -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(photo.contentType()))
                        .cacheControl(CacheControl.noStore())
                        .body(photo.content()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
