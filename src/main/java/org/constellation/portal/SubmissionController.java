package org.constellation.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.constellation.call.Call;
import org.constellation.call.CallRepository;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalService;
import org.constellation.proposal.ProposalSubmission;
import org.constellation.proposal.SubmissionRejected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public submission form of a call. A valid submission stores the proposal and starts its lifecycle in one
 * transaction, then redirects (303) to the confirmation; an invalid one shows the form again with every value kept and
 * nothing stored (422); robots get the confirmation page and nothing else.
 */
@Controller
class SubmissionController {

    static final String HONEYPOT = "website";
    static final String FORM_KEY = "formKey";
    private static final Logger LOG = LoggerFactory.getLogger(SubmissionController.class);

    private final CallRepository calls;
    private final ProposalService proposals;
    private final SubmissionFormView view;
    private final FormKeys formKeys;
    private final RateLimits rateLimits;
    private final Clock clock;

    SubmissionController(
            CallRepository calls,
            ProposalService proposals,
            SubmissionFormView view,
            FormKeys formKeys,
            RateLimits rateLimits,
            Clock clock) {
        this.calls = calls;
        this.proposals = proposals;
        this.view = view;
        this.formKeys = formKeys;
        this.rateLimits = rateLimits;
        this.clock = clock;
    }

    /**
     * The form of an open call; a call announced before its opening day says when it opens, one over that it closed.
     */
    @GetMapping("/appels/{slug}/proposer")
    String form(@PathVariable String slug, Locale locale, Model model) {
        Call call = announced(slug);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!call.acceptsSubmissionsAt(now)) {
            model.addAttribute("call", call);
            return notYetOpen(call, now) ? "portal/not-yet-open" : "portal/closed";
        }
        return show(call, view.defaults(locale), Map.of(), null, null, locale, model);
    }

    @PostMapping("/appels/{slug}/proposer")
    String submit(
            @PathVariable String slug,
            @RequestParam MultiValueMap<String, String> params,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest request,
            HttpServletResponse response) {
        Call call = announced(slug);
        rateLimits.consume(RateLimits.Limit.SUBMISSION_PER_ADDRESS, request.getRemoteAddr());
        Map<String, List<String>> values = new LinkedHashMap<>(params);
        if (!params.getOrDefault(HONEYPOT, List.of()).stream().allMatch(String::isEmpty)) {
            LOG.info("Submission to call {} dropped: the hidden field was filled", slug);
            return "redirect:/appels/" + slug + "/merci";
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!call.acceptsSubmissionsAt(now)) {
            boolean notYet = notYetOpen(call, now);
            // Not yet open: the same request will be taken on the opening day; over: it never will.
            response.setStatus(notYet ? HttpStatus.CONFLICT.value() : HttpStatus.GONE.value());
            model.addAttribute("call", call);
            return notYet ? "portal/not-yet-open" : "portal/closed";
        }
        String formKey = params.getFirst(FORM_KEY);
        FormKeys.Verdict verdict = formKeys.check(formKey, slug);
        if (verdict != FormKeys.Verdict.VALID) {
            response.setStatus(
                    verdict == FormKeys.Verdict.INVALID
                            ? HttpStatus.BAD_REQUEST.value()
                            : HttpStatus.UNPROCESSABLE_ENTITY.value());
            // A form sent too soon or too late is still read: its mistakes show now, not after the next try.
            Map<String, String> mistakes =
                    verdict == FormKeys.Verdict.INVALID ? Map.of() : mistakes(values, slug, locale);
            return show(
                    call,
                    values,
                    mistakes,
                    "portal.form." + verdict.name().toLowerCase(Locale.ROOT),
                    verdict == FormKeys.Verdict.TOO_FAST ? formKey : null,
                    locale,
                    model);
        }
        String submissionKey = FormKeys.uniquePart(formKey);
        Optional<Proposal> earlier = proposals.findBySubmissionKey(submissionKey);
        if (earlier.isPresent()) {
            return confirmed(slug, earlier.get(), redirect);
        }

        Map<String, String> errors = new LinkedHashMap<>();
        ProposalSubmission submission = view.parse(values, slug, errors, locale);
        if (!errors.isEmpty()) {
            return invalid(call, values, errors, formKey, locale, response, model);
        }
        try {
            proposals.check(submission, locale);
            rateLimits.consume(RateLimits.Limit.SUBMISSION_PER_EMAIL, submission.contactEmail());
            return confirmed(slug, proposals.submit(submission, locale, submissionKey), redirect);
        } catch (SubmissionRejected rejected) {
            return invalid(call, values, view.errors(rejected, locale), formKey, locale, response, model);
        } catch (DataIntegrityViolationException sameFormTwice) {
            // A parallel POST of the same form won the race: show its confirmation.
            return proposals
                    .findBySubmissionKey(submissionKey)
                    .map(first -> confirmed(slug, first, redirect))
                    .orElseThrow(() -> sameFormTwice);
        }
    }

    /** What the server would refuse in these values, field by field; nothing is stored. */
    private Map<String, String> mistakes(Map<String, List<String>> values, String slug, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        ProposalSubmission submission = view.parse(values, slug, errors, locale);
        if (errors.isEmpty()) {
            try {
                proposals.check(submission, locale);
            } catch (SubmissionRejected rejected) {
                errors.putAll(view.errors(rejected, locale));
            }
        }
        return errors;
    }

    @GetMapping("/appels/{slug}/merci")
    String thanks(@PathVariable String slug, Model model) {
        model.addAttribute("call", call(slug));
        return "portal/thanks";
    }

    private String confirmed(String slug, Proposal proposal, RedirectAttributes redirect) {
        redirect.addFlashAttribute("submittedTitle", proposal.getTitle());
        redirect.addFlashAttribute("submittedReference", proposal.getReference());
        redirect.addFlashAttribute("submittedTo", TrackingPages.maskedEmail(proposal.getContactEmail()));
        return "redirect:/appels/" + slug + "/merci";
    }

    private String invalid(
            Call call,
            Map<String, List<String>> values,
            Map<String, String> errors,
            String formKey,
            Locale locale,
            HttpServletResponse response,
            Model model) {
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return show(call, values, errors, null, formKey, locale, model);
    }

    /**
     * The form, with {@code formKey} when it is one this server signed and still takes (a refused sending's): the fill
     * time counts from the form's first display, not from the refusal, so a corrected form goes at once. Else a new
     * key.
     */
    private String show(
            Call call,
            Map<String, List<String>> values,
            Map<String, String> errors,
            String problem,
            String formKey,
            Locale locale,
            Model model) {
        view.fill(model, call, values, errors, locale);
        model.addAttribute("problem", problem);
        model.addAttribute(FORM_KEY, formKey != null ? formKey : formKeys.issue(call.getSlug()));
        model.addAttribute("action", "/appels/" + call.getSlug() + "/proposer");
        return "portal/submission";
    }

    private Call call(String slug) {
        return calls.findWholeBySlug(slug)
                .filter(Call::isPublic)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** A call the portal shows, open or not yet (announced before its opening day); a draft is not found. */
    private Call announced(String slug) {
        return calls.findWholeBySlug(slug)
                .filter(Call::isAnnounced)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /**
     * Waiting for its opening: its day still ahead, or come while the engine's timer has not yet opened it (within the
     * minute).
     */
    private static boolean notYetOpen(Call call, OffsetDateTime now) {
        return call.opensLater(now) || !call.isPublic();
    }
}
