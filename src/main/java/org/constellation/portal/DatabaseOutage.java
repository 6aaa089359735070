package org.constellation.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * When the database is out of reach, every page of ours (portal, programme, coordinators') says so with a 503 and a
 * time to come back, instead of a 500 that reads like a bug: no connection could be had, or the one in use died during
 * the request (a restart, a cut). Either way the transaction did not commit, so nothing was half written. The failure
 * comes wrapped in whatever layer met it (Spring's transactions, JPA, the engine, the rate limits' buckets): its causes
 * say what it is. Anything else goes to the usual handling.
 */
@Component
class DatabaseOutage implements HandlerExceptionResolver, Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutage.class);
    static final String RETRY_AFTER_SECONDS = "60";
    /** PostgreSQL ending a session: administrator command, crash of another backend, server starting or stopping. */
    private static final Set<String> SESSION_ENDED = Set.of("57P01", "57P02", "57P03");

    /** Whether the failure is the database out of reach rather than a bug or a statement refused. */
    static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || SESSION_ENDED.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable cause) {
        Throwable next = cause.getCause();
        if (next == null && cause instanceof SQLException sql) {
            next = sql.getNextException();
        }
        return next == cause ? null : next;
    }

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        if (!isOutage(failure)) {
            return null;
        }
        LOG.warn(
                "Database out of reach during {} {}: {}",
                request.getMethod(),
                request.getRequestURI(),
                failure.toString());
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        ModelAndView page = new ModelAndView("error", Map.of("status", HttpStatus.SERVICE_UNAVAILABLE.value()));
        page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
        return page;
    }

    /** Before the controllers' own handlers: an outage wrapped in a type they handle is still an outage. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
