package org.constellation.portal;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * When the database cannot be reached, every page of ours (portal, programme, coordinators') says so with a 503 and
 * a time to come back, instead of a 500 that reads like a bug: the transaction never started, so nothing was half
 * written.
 */
@ControllerAdvice
class DatabaseOutage {

  static final String RETRY_AFTER_SECONDS = "60";

  /**
   * No connection could be had: a transaction of ours or of the engine (which joins Spring's) fails to begin with the
   * first, a repository read outside a transaction with the second.
   */
  @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class})
  String unavailable(HttpServletResponse response, Model model) {
    response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
    response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
    model.addAttribute("status", HttpStatus.SERVICE_UNAVAILABLE.value());
    return "error";
  }
}
