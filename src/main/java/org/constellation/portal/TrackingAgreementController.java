package org.constellation.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.constellation.portal.TrackingSessions.Tracked;
import org.constellation.proposal.ProposalStateConflict;
import org.constellation.subsidy.AgreementDocuments;
import org.constellation.subsidy.Agreements;
import org.constellation.subsidy.SignedCopy;
import org.constellation.workflow.Downloads;
import org.constellation.workflow.ParisTime;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * A subsidy's agreement for its holder (issue 32, part 4). The single-use link of its mail shows its main terms and one
 * button, « J'accepte la convention », which accepts it (a used or expired link says so, and accepts nothing); the
 * tracking page downloads it, mails a new link on request, or takes the signed copy (a PDF, which
 * {@link RequestSizeLimit} lets through up to 10 MB), and downloads that copy. The tracking actions, as every one, on
 * the proposal of the session only.
 */
@Controller
class TrackingAgreementController {

    static final String PATH = "/suivi/convention";
    static final String SIGNED_COPY = PATH + "/copie-signee";
    private static final String SIGNED_COPY_FILE = "convention-signee.pdf";

    private final Agreements agreements;
    private final TrackingPages pages;
    private final TrackingSessions sessions;
    private final RateLimits rateLimits;
    private final MessageSource messages;
    private final Clock clock;

    TrackingAgreementController(
            Agreements agreements,
            TrackingPages pages,
            TrackingSessions sessions,
            RateLimits rateLimits,
            MessageSource messages,
            Clock clock) {
        this.agreements = agreements;
        this.pages = pages;
        this.sessions = sessions;
        this.rateLimits = rateLimits;
        this.messages = messages;
        this.clock = clock;
    }

    /** The agreement as sent, accepted or not; 404 before it was. */
    @GetMapping("/suivi/" + AgreementDocuments.FILE_NAME)
    ResponseEntity<byte[]> agreement(Tracked tracked) {
        return agreements
                .document(tracked.proposalId())
                .map(pdf -> Downloads.attachment(AgreementDocuments.FILE_NAME, MediaType.APPLICATION_PDF, pdf))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** The signed copy given, by the holder or by the team for them; 404 for none. */
    @GetMapping(SIGNED_COPY + ".pdf")
    ResponseEntity<byte[]> signedCopy(Tracked tracked) {
        return agreements
                .signedCopy(tracked.proposalId())
                .map(pdf -> Downloads.attachment(SIGNED_COPY_FILE, MediaType.APPLICATION_PDF, pdf))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** A link lost or expired: the agreement is mailed again with a new one. */
    @PostMapping(PATH + "/lien")
    String sendLink(Tracked tracked, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        try {
            agreements.sendLink(tracked.proposalId());
        } catch (ProposalStateConflict moved) {
            return conflict(tracked, moved.getMessage(), response, model);
        }
        redirect.addFlashAttribute("notice", "portal.agreement.linkSent");
        return "redirect:/suivi#convention";
    }

    /** The signed copy uploaded: the agreement is accepted; refused, the tracking page with the refusals beside. */
    @PostMapping(SIGNED_COPY)
    String giveSignedCopy(
            Tracked tracked,
            @RequestParam(name = SignedCopy.FILE, required = false) MultipartFile file,
            @RequestParam(name = SignedCopy.SIGNED_ON, required = false) String signedOn,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        Long proposalId = tracked.proposalId();
        if (!agreements.awaitsAcceptance(proposalId)) {
            return conflict(tracked, notAwaited(), response, model);
        }
        SignedCopy.Reading copy = SignedCopy.read(
                file == null ? null : file.getBytes(),
                signedOn,
                agreements.sentOn(proposalId),
                LocalDate.now(clock.withZone(ParisTime.ZONE)));
        if (!copy.isValid()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("proposal", pages.view(proposalId, LocaleContextHolder.getLocale()));
            model.addAttribute("signedCopyForm", copy);
            return "portal/tracking";
        }
        try {
            agreements.acceptSignedCopy(proposalId, copy, null);
        } catch (ProposalStateConflict moved) {
            return conflict(tracked, moved.getMessage(), response, model);
        }
        redirect.addFlashAttribute("notice", "portal.agreement.signedCopyReceived");
        return "redirect:/suivi#convention";
    }

    /**
     * The link of the mail shows the agreement's main terms; only the button accepts it, so that a mail scanner accepts
     * nothing.
     */
    @GetMapping(PATH + "/{token}")
    String link(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
        rateLimits.consume(RateLimits.Limit.TRACKING_PER_ADDRESS, request.getRemoteAddr());
        Optional<TrackingView> view =
                agreements.linkedBy(token).map(id -> pages.view(id, LocaleContextHolder.getLocale()));
        if (view.isEmpty() || view.get().agreement() == null) {
            return linkInvalid(response, model);
        }
        model.addAttribute("call", view.get().call());
        model.addAttribute("title", view.get().title());
        model.addAttribute("agreement", view.get().agreement());
        model.addAttribute("token", token);
        return "portal/agreement";
    }

    @PostMapping(PATH + "/accepter")
    String accept(
            @RequestParam String token,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        rateLimits.consume(RateLimits.Limit.TRACKING_PER_ADDRESS, request.getRemoteAddr());
        if (agreements.acceptByLink(token).isEmpty()) {
            return linkInvalid(response, model);
        }
        redirect.addFlashAttribute("notice", "portal.agreement.accepted");
        return sessions.current(request).isPresent() ? "redirect:/suivi#convention" : "redirect:" + PATH + "/acceptee";
    }

    @GetMapping(PATH + "/acceptee")
    String accepted() {
        return "portal/agreement-accepted";
    }

    /** A used or expired link, or an agreement that no longer waits: said in words, nothing done. */
    private static String linkInvalid(HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.GONE.value());
        model.addAttribute("invalidBody", "portal.agreement.linkInvalid");
        return "portal/action-link-invalid";
    }

    private String conflict(Tracked tracked, String message, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("proposal", pages.view(tracked.proposalId(), LocaleContextHolder.getLocale()));
        model.addAttribute("conflict", message);
        return "portal/tracking";
    }

    private String notAwaited() {
        return messages.getMessage("agreement.notAwaited", null, LocaleContextHolder.getLocale());
    }
}
