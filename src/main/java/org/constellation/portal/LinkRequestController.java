package org.constellation.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.constellation.proposal.TrackingLinks;
import org.constellation.workflow.EmailAddresses;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Send me a new link" for an applicant who lost theirs: the same answer whether or not the address is known (WEB-07),
 * limited per client address and per email address.
 */
@Controller
class LinkRequestController {

    private final TrackingLinks links;
    private final RateLimits rateLimits;

    LinkRequestController(TrackingLinks links, RateLimits rateLimits) {
        this.links = links;
        this.rateLimits = rateLimits;
    }

    @GetMapping("/suivi/lien")
    String form() {
        return "portal/link-request";
    }

    @PostMapping("/suivi/lien")
    String request(
            @RequestParam(required = false) String email,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        rateLimits.consume(RateLimits.Limit.LINK_REQUEST_PER_ADDRESS, request.getRemoteAddr());
        String address = email == null ? "" : email.strip();
        if (address.length() > 254 || !EmailAddresses.isSendable(address)) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("email", email);
            model.addAttribute("emailError", true);
            return "portal/link-request";
        }
        rateLimits.consume(RateLimits.Limit.LINK_REQUEST_PER_EMAIL, address);
        links.sendNewTo(address);
        model.addAttribute("sentTo", TrackingPages.maskedEmail(address));
        return "portal/link-sent";
    }
}
