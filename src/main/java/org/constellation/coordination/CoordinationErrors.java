package org.constellation.coordination;

import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/** How the coordinators' pages refuse, and how they show a mail's HTML without letting it do anything. */
@ControllerAdvice(basePackageClasses = CoordinationErrors.class)
class CoordinationErrors {

  /** Refusals (not signed in, not a coordinator, unknown mail or filter) explained on a page, with their status. */
  @ExceptionHandler(ResponseStatusException.class)
  ModelAndView refused(ResponseStatusException refusal) {
    ModelAndView page = new ModelAndView("coordination/refused",
        Map.of("status", refusal.getStatusCode().value(), "reason", refusal.getReason()));
    page.setStatus(refusal.getStatusCode());
    return page;
  }

  /**
   * A filter's value as the address carries it, or null when it is left empty; anything else is refused with the
   * value quoted, in French (not Java's "No enum constant").
   */
  static <T> T filter(String value, java.util.function.Function<String, T> read) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return read.apply(value.strip());
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(org.springframework.http.HttpStatus.BAD_REQUEST,
          "Filtre inconnu : « " + value + " » n’est pas une valeur de ce filtre.");
    }
  }

  /** A mail's HTML for a frame of the coordinators' pages: sandboxed, so no script, form or request leaves it. */
  static ResponseEntity<String> sandboxed(String html) {
    return ResponseEntity.ok()
        .header("Content-Security-Policy", "sandbox; default-src 'none'; style-src 'unsafe-inline'")
        .body(html);
  }
}
