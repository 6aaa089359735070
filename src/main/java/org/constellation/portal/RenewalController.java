package org.constellation.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.constellation.call.Call;
import org.constellation.call.CallRepository;
import org.constellation.portal.TrackingSessions.Tracked;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalSubmission;
import org.constellation.proposal.SubmissionRejected;
import org.constellation.renewal.Renewals;
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
 * "Reconduire", from the tracking page: the holder renews their proposal into an open call of a later season, on that
 * call's form filled with last season's answers. Like every tracking page, on the session's proposal only.
 */
@Controller
class RenewalController {

    private final Renewals renewals;
    private final SubmissionFormView form;
    private final RateLimits rateLimits;
    private final CallRepository calls;

    RenewalController(Renewals renewals, SubmissionFormView form, RateLimits rateLimits, CallRepository calls) {
        this.renewals = renewals;
        this.form = form;
        this.rateLimits = rateLimits;
        this.calls = calls;
    }

    /** "Reconduire": the new call's form, filled with last season's answers, each still editable. */
    @GetMapping("/suivi/reconduire/{slug}")
    String renewal(Tracked tracked, @PathVariable String slug, Locale locale, Model model) {
        Call call = renewableCall(tracked, slug);
        return showRenewal(
                call, form.valuesOf(renewals.renewalOf(tracked.proposalId(), call)), Map.of(), locale, model);
    }

    @PostMapping("/suivi/reconduire/{slug}")
    String renew(
            Tracked tracked,
            @PathVariable String slug,
            @RequestParam MultiValueMap<String, String> params,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        Call call = renewableCall(tracked, slug);
        rateLimits.consume(RateLimits.Limit.SUBMISSION_PER_ADDRESS, request.getRemoteAddr());
        Map<String, List<String>> values = new LinkedHashMap<>(params);
        Map<String, String> errors = new LinkedHashMap<>();
        ProposalSubmission submission = form.parse(values, slug, errors, locale);
        try {
            if (errors.isEmpty()) {
                Proposal renewed = renewals.renew(tracked.proposalId(), submission, locale);
                redirect.addFlashAttribute("submittedTitle", renewed.getTitle());
                redirect.addFlashAttribute("submittedReference", renewed.getReference());
                redirect.addFlashAttribute("submittedTo", TrackingPages.maskedEmail(renewed.getContactEmail()));
                return "redirect:/appels/" + slug + "/merci";
            }
        } catch (SubmissionRejected rejected) {
            errors.putAll(form.errors(rejected, locale));
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return showRenewal(call, values, errors, locale, model);
    }

    /** A call this proposal may be renewed into now; any other address is not found. */
    private Call renewableCall(Tracked tracked, String slug) {
        return renewals.renewableCalls(tracked.proposalId()).stream()
                .filter(c -> c.getSlug().equals(slug))
                .findFirst()
                .flatMap(c -> calls.findWholeBySlug(slug))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String showRenewal(
            Call call, Map<String, List<String>> values, Map<String, String> errors, Locale locale, Model model) {
        form.fill(model, call, values, errors, locale);
        model.addAttribute("action", "/suivi/reconduire/" + call.getSlug());
        model.addAttribute("renewal", true);
        return "portal/submission";
    }
}
