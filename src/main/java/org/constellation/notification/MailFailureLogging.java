package org.constellation.notification;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * One line per failed attempt at sending a mail: {@link DeliverMailDelegate} writes it; the engine, which logs every
 * failure of a command and of a job with its stack trace (twice per attempt, 240 lines while the SMTP server is away),
 * keeps quiet about this one. Other failures are logged by the engine as before.
 */
@Component
class MailFailureLogging implements InitializingBean {

    static final String NAME = "constellation-mail-failures";

    @Override
    public void afterPropertiesSet() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logging
                && logging.getTurboFilterList().stream().noneMatch(filter -> NAME.equals(filter.getName()))) {
            TurboFilter filter = new TurboFilter() {
                @Override
                public FilterReply decide(
                        Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
                    return logger.getName().startsWith("org.camunda.bpm.engine") && isMailFailure(t, params)
                            ? FilterReply.DENY
                            : FilterReply.NEUTRAL;
                }
            };
            filter.setName(NAME);
            filter.start();
            logging.addTurboFilter(filter);
        }
    }

    static boolean isMailFailure(Throwable t, Object[] params) {
        if (isMailFailure(t)) {
            return true;
        }
        if (params != null) {
            for (Object param : params) {
                if (param instanceof Throwable thrown && isMailFailure(thrown)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isMailFailure(Throwable t) {
        for (Throwable cause = t; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DeliverMailDelegate.MailNotDelivered) {
                return true;
            }
        }
        return false;
    }
}
