package org.constellation.portal;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Pages for requests the portal refuses: too many of them (429), a form without its CSRF token (403), a tracking page
 * without its session (401).
 */
@Controller
@ControllerAdvice(basePackageClasses = PortalErrors.class)
class PortalErrors {

    @ExceptionHandler(RateLimits.Exceeded.class)
    String tooManyRequests(RateLimits.Exceeded exceeded, HttpServletResponse response, Model model) {
        long minutes = Math.max(1, (exceeded.retryAfter().toSeconds() + 59) / 60);
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", Long.toString(exceeded.retryAfter().toSeconds() + 1));
        model.addAttribute("minutes", minutes);
        return "portal/too-many";
    }

    /** No tracking session (a tracking page, the holder's data), or its link was revoked or expired. */
    @ExceptionHandler(TrackingSessions.Missing.class)
    String trackingSessionMissing(HttpServletResponse response) {
        return linkInvalid(response);
    }

    /** Says how to get a new link. */
    static String linkInvalid(HttpServletResponse response) {
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        return "portal/link-invalid";
    }

    /** Spring Security forwards here when a form comes without a valid CSRF token: nothing was done. */
    @RequestMapping("/portail/refuse")
    String refused(HttpServletResponse response) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        return "portal/refused";
    }
}
