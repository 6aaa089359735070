package org.constellation.portal;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.stereotype.Controller;

/** Pages for requests the portal refuses: too many of them (429), or a form without its CSRF token (403). */
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

  /** Spring Security forwards here when a form comes without a valid CSRF token: nothing was done. */
  @RequestMapping("/portail/refuse")
  String refused(HttpServletResponse response) {
    response.setStatus(HttpStatus.FORBIDDEN.value());
    return "portal/refused";
  }
}
