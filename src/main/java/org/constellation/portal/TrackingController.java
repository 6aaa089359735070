package org.constellation.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.constellation.call.Call;
import org.constellation.forum.ForumPlanning;
import org.constellation.portal.TrackingSessions.Tracked;
import org.constellation.proposal.HolderActions;
import org.constellation.proposal.ProposalCorrections;
import org.constellation.proposal.ProposalStateConflict;
import org.constellation.proposal.ProposalSubmission;
import org.constellation.proposal.SubmissionRejected;
import org.constellation.proposal.TrackingLinks;
import org.constellation.proposal.TrackingToken;
import org.constellation.selection.DecisionNotices;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The applicant's tracking pages. The private link is exchanged once for a session and a redirect (WEB-04): the token
 * never stays in the address bar or in a Referer. Every action then works on the proposal of the session only, never on
 * an id taken from the request (SEC-03), and stops as soon as the link is revoked or expires.
 */
@Controller
class TrackingController {

    private final TrackingLinks links;
    private final TrackingSessions sessions;
    private final TrackingPages pages;
    private final HolderActions actions;
    private final ProposalCorrections corrections;
    private final SubmissionFormView form;
    private final RateLimits rateLimits;
    private final ForumPlanning forumPlanning;

    TrackingController(
            TrackingLinks links,
            TrackingSessions sessions,
            TrackingPages pages,
            HolderActions actions,
            ProposalCorrections corrections,
            SubmissionFormView form,
            RateLimits rateLimits,
            ForumPlanning forumPlanning) {
        this.links = links;
        this.sessions = sessions;
        this.pages = pages;
        this.actions = actions;
        this.corrections = corrections;
        this.form = form;
        this.rateLimits = rateLimits;
        this.forumPlanning = forumPlanning;
    }

    @GetMapping("/suivi/{token}")
    String exchange(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
        rateLimits.consume(RateLimits.Limit.TRACKING_PER_ADDRESS, request.getRemoteAddr());
        Optional<TrackingLinks.OpenedLink> link = links.use(token);
        if (link.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "portal/link-invalid";
        }
        sessions.open(request, link.get());
        return "redirect:/suivi";
    }

    @GetMapping("/suivi")
    String page(Tracked tracked, Model model) {
        return show(tracked, model);
    }

    @PostMapping("/suivi/reponse")
    String answer(
            Tracked tracked,
            @RequestParam(required = false) String answer,
            Locale locale,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        try {
            actions.provideInformation(tracked.proposalId(), answer, locale);
        } catch (SubmissionRejected rejected) {
            return refusedText(tracked, "answer", answer, rejected, locale, response, model);
        }
        redirect.addFlashAttribute("notice", "portal.tracking.answerReceived");
        return "redirect:/suivi";
    }

    /** The holder confirms the programme entry the team prepared, or says what to correct. */
    @PostMapping("/suivi/fiche")
    String reviewEntry(
            Tracked tracked,
            @RequestParam(required = false) String correction,
            @RequestParam(required = false) String confirm,
            Locale locale,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        if (confirm != null) {
            actions.confirmProgrammeEntry(tracked.proposalId());
            redirect.addFlashAttribute("notice", "portal.tracking.entryConfirmed");
            return "redirect:/suivi";
        }
        try {
            actions.requestEntryCorrection(tracked.proposalId(), correction, locale);
        } catch (SubmissionRejected rejected) {
            return refusedText(tracked, "correction", correction, rejected, locale, response, model);
        }
        redirect.addFlashAttribute("notice", "portal.tracking.entryCorrectionSent");
        return "redirect:/suivi";
    }

    /** The holder's answer to the forum invitation: coming or not, what they seek and offer, whom they want to meet. */
    @PostMapping("/suivi/forum")
    String registerForForum(
            Tracked tracked,
            @RequestParam(required = false) String attending,
            @RequestParam(required = false) String seeks,
            @RequestParam(required = false) String offers,
            @RequestParam(name = "wished", required = false) List<String> wished,
            Locale locale,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        try {
            Boolean coming = "YES".equals(attending) ? Boolean.TRUE : "NO".equals(attending) ? Boolean.FALSE : null;
            forumPlanning.register(
                    tracked.proposalId(), coming, seeks, offers, wished == null ? List.of() : wished, locale);
        } catch (ForumPlanning.Refused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("forumError", refused.getMessage());
            return show(tracked, model);
        }
        redirect.addFlashAttribute("notice", "portal.tracking.forumRegistered");
        return "redirect:/suivi";
    }

    /** The tracking page again, the refused text kept in its field (named {@code field}) with the reason under it. */
    private String refusedText(
            Tracked tracked,
            String field,
            String text,
            SubmissionRejected rejected,
            Locale locale,
            HttpServletResponse response,
            Model model) {
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        model.addAttribute(field, text);
        model.addAttribute(field + "Error", form.errors(rejected, locale).get("answer"));
        return show(tracked, model);
    }

    /** The notice of the committee's decision, as attached to its mail; 404 while there is none. */
    @GetMapping("/suivi/" + DecisionNotices.FILE_NAME)
    ResponseEntity<byte[]> decisionNotice(Tracked tracked) {
        return pages.decisionNotice(tracked.proposalId())
                .map(pdf -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_PDF)
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment()
                                        .filename(DecisionNotices.FILE_NAME)
                                        .build()
                                        .toString())
                        .body(pdf))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/suivi/retrait")
    String confirmWithdrawal(Tracked tracked, Model model) {
        model.addAttribute("proposal", pages.view(tracked.proposalId(), LocaleContextHolder.getLocale()));
        return "portal/withdraw";
    }

    /**
     * A withdrawal cannot be undone, and the session may come from a link months old, forwarded or left open (WEB-03):
     * it is confirmed from a single-use link mailed to the holder now, valid ten minutes.
     */
    @PostMapping("/suivi/retrait")
    String withdraw(Tracked tracked, Model model) {
        actions.refuseWithdrawalOnceItTookPlace(tracked.proposalId());
        links.sendWithdrawalConfirmation(tracked.proposalId());
        model.addAttribute("sentTo", pages.contactEmailHint(tracked.proposalId()));
        model.addAttribute("minutes", TrackingLinks.ACTION_LINK_LIFETIME.toMinutes());
        return "portal/withdraw-sent";
    }

    /**
     * The link of the mail shows what it confirms; only the button sends it, so that a mail scanner withdraws nothing.
     */
    @GetMapping("/suivi/confirmer/{token}")
    String confirmFromMail(
            @PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
        rateLimits.consume(RateLimits.Limit.TRACKING_PER_ADDRESS, request.getRemoteAddr());
        Optional<TrackingToken> link = links.action(token, TrackingToken.Purpose.WITHDRAWAL);
        if (link.isEmpty()) {
            return actionLinkInvalid(response);
        }
        model.addAttribute("proposal", pages.view(link.get().getProposal().getId(), LocaleContextHolder.getLocale()));
        model.addAttribute("token", token);
        return "portal/withdraw-confirm";
    }

    @PostMapping("/suivi/confirmer")
    String confirmedFromMail(
            @RequestParam String token,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        rateLimits.consume(RateLimits.Limit.TRACKING_PER_ADDRESS, request.getRemoteAddr());
        if (!actions.withdrawConfirmed(token)) {
            return actionLinkInvalid(response);
        }
        redirect.addFlashAttribute("notice", "portal.tracking.withdrawn");
        return sessions.current(request).isPresent() ? "redirect:/suivi" : "redirect:/suivi/retire";
    }

    @GetMapping("/suivi/retire")
    String withdrawn() {
        return "portal/withdrawn";
    }

    private static String actionLinkInvalid(HttpServletResponse response) {
        response.setStatus(HttpStatus.GONE.value());
        return "portal/action-link-invalid";
    }

    @PostMapping("/suivi/nouveau-lien")
    String renewLink(Tracked tracked, HttpServletRequest request, Model model) {
        links.sendNew(tracked.proposalId());
        model.addAttribute("sentTo", pages.contactEmailHint(tracked.proposalId()));
        request.getSession().invalidate();
        return "portal/link-sent";
    }

    @GetMapping("/suivi/modifier")
    String correction(Tracked tracked, Locale locale, HttpServletResponse response, Model model) {
        TrackingView view = pages.view(tracked.proposalId(), LocaleContextHolder.getLocale());
        if (!view.correctable()) {
            return notCorrectable(view, response, model);
        }
        return showCorrection(
                view.call(), form.valuesOf(pages.submissionOf(tracked.proposalId())), Map.of(), locale, model);
    }

    @PostMapping("/suivi/modifier")
    String correct(
            Tracked tracked,
            @RequestParam MultiValueMap<String, String> params,
            Locale locale,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        TrackingView view = pages.view(tracked.proposalId(), LocaleContextHolder.getLocale());
        Map<String, List<String>> values = new LinkedHashMap<>(params);
        Map<String, String> errors = new LinkedHashMap<>();
        ProposalSubmission submission = form.parse(values, view.call().getSlug(), errors, locale);
        try {
            if (errors.isEmpty()) {
                corrections.correct(tracked.proposalId(), submission, locale);
                redirect.addFlashAttribute("notice", "portal.tracking.corrected");
                return "redirect:/suivi";
            }
        } catch (SubmissionRejected rejected) {
            errors.putAll(form.errors(rejected, locale));
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return showCorrection(view.call(), values, errors, locale, model);
    }

    /** An action that no longer fits the proposal (answered already, closed meanwhile): say so on its page. */
    @ExceptionHandler(ProposalStateConflict.class)
    String conflict(
            ProposalStateConflict conflict, HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<Tracked> tracked = sessions.current(request);
        if (tracked.isEmpty()) {
            return PortalErrors.linkInvalid(response);
        }
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("conflict", conflict.getMessage());
        return show(tracked.get(), model);
    }

    private String notCorrectable(TrackingView view, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("proposal", view);
        model.addAttribute("notice", "portal.tracking.notCorrectable");
        return "portal/tracking";
    }

    private String showCorrection(
            Call call, Map<String, List<String>> values, Map<String, String> errors, Locale locale, Model model) {
        form.fill(model, call, values, errors, locale);
        model.addAttribute("action", "/suivi/modifier");
        model.addAttribute("correction", true);
        return "portal/submission";
    }

    private String show(Tracked tracked, Model model) {
        model.addAttribute("proposal", pages.view(tracked.proposalId(), LocaleContextHolder.getLocale()));
        return "portal/tracking";
    }
}
