package org.constellation.coordination;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import org.constellation.workflow.WrittenNumbers;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/** How the coordinators' pages refuse, and how they show a mail's HTML without letting it do anything. */
@ControllerAdvice(basePackageClasses = CoordinationErrors.class)
class CoordinationErrors {

    /**
     * Refusals (not signed in, not a coordinator, unknown mail or filter) explained on a page, with their status; a
     * page a browser asks for someone not signed in sends them to sign in, then back to it (Tasklist's script follows
     * retour); other clients get the 401.
     */
    @ExceptionHandler(ResponseStatusException.class)
    ModelAndView refused(ResponseStatusException refusal, HttpServletRequest request) {
        if (refusal.getStatusCode() == HttpStatus.UNAUTHORIZED
                && "GET".equals(request.getMethod())
                && String.valueOf(request.getHeader("Accept")).contains("text/html")) {
            String asked =
                    request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            return new ModelAndView("redirect:" + SIGN_IN + URLEncoder.encode(asked, StandardCharsets.UTF_8));
        }
        return refused(refusal);
    }

    /** Tasklist's sign-in, told which page to return to. */
    static final String SIGN_IN = "/camunda/app/tasklist/default/?retour=";

    private static ModelAndView refused(ResponseStatusException refusal) {
        ModelAndView page = new ModelAndView(
                "coordination/refused",
                Map.of("status", refusal.getStatusCode().value(), "reason", refusal.getReason()));
        page.setStatus(refusal.getStatusCode());
        return page;
    }

    /** A number in the address that is no number (a page « abc », or one past the largest a number holds). */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView notANumber(MethodArgumentTypeMismatchException mismatch) {
        return refused(new ResponseStatusException(
                HttpStatus.BAD_REQUEST,
                "« " + shown(String.valueOf(mismatch.getValue())) + " » n’est pas une valeur possible de « "
                        + mismatch.getName() + " »."));
    }

    /**
     * A filter's value as the address carries it, or null when it is left empty; anything else is refused with the
     * value quoted, in French (not Java's "No enum constant").
     */
    static <T> T filter(String value, Function<String, T> read) {
        if (text(value) == null) {
            return null;
        }
        try {
            return read.apply(value.strip());
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "Filtre inconnu : « " + shown(value) + " » n’est pas une valeur de ce filtre.");
        }
    }

    /** The longest text a filter takes: a title, a label, a name. */
    static final int FILTER_LENGTH = 200;

    /**
     * A text filter as typed, stripped, or null when empty; refused in words when it holds a control character (a NUL
     * that the database would refuse) or is longer than any value it could match.
     */
    static String text(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "Filtre refusé : il contient un caractère de contrôle (invisible), que rien ne peut contenir.");
        }
        if (value.length() > FILTER_LENGTH) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "Filtre refusé : " + FILTER_LENGTH + " caractères au plus.");
        }
        return value.strip();
    }

    /** The last page any list shows: five million lines at fifty a page, far beyond any call. */
    static final int LAST_PAGE = 100_000;

    /** A page number of a list, from {@code first} (0 or 1) to {@link #LAST_PAGE}; refused in words otherwise. */
    static int page(int page, int first) {
        if (page < first || page > LAST_PAGE) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "Page : un numéro de " + first + " à " + WrittenNumbers.of(LAST_PAGE) + ".");
        }
        return page;
    }

    /** A value quoted back to the person, without what a page cannot show, and not at any length. */
    static String shown(String value) {
        String visible = value.codePoints()
                .filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return visible.length() > 60 ? visible.substring(0, 60) + "…" : visible;
    }

    /** A mail's HTML for a frame of the coordinators' pages: sandboxed, so no script, form or request leaves it. */
    static ResponseEntity<String> sandboxed(String html) {
        return ResponseEntity.ok()
                .header("Content-Security-Policy", "sandbox; default-src 'none'; style-src 'unsafe-inline'")
                .body(html);
    }
}
