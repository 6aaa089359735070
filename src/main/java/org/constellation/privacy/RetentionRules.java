package org.constellation.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.constellation.call.RetentionClass;
import org.constellation.workflow.ParisTime;

/**
 * When a case's personal data goes, as plain rules: the period of its outcome (the call's own, else the default) from
 * the day it ended, counted in Paris days; a warning that much before; never an erasure sooner than a full warning
 * after the holder was told, so a late warning (a node down, an extension) still leaves the holder its time.
 */
public record RetentionRules(Period unsuccessful, Period programmed, Period openLimit, Period warning) {

    /** What a coordinator may write as the reason to keep a case longer. */
    public static final int REASON_LENGTH = 1000;

    public Period periodOf(RetentionClass outcome, Optional<Period> callsOwn) {
        return callsOwn.orElse(outcome == RetentionClass.PROGRAMMED ? programmed : unsuccessful);
    }

    /** The start of the Paris day after the period ends, so that a day given in a mail is the day it happens. */
    public OffsetDateTime eraseAfter(OffsetDateTime endedAt, Period period) {
        return ParisTime.of(endedAt)
                .toLocalDate()
                .plus(period)
                .plusDays(1)
                .atStartOfDay(ParisTime.ZONE)
                .toOffsetDateTime();
    }

    public boolean warningDue(OffsetDateTime eraseAfter, OffsetDateTime warnedAt, Instant now) {
        return eraseAfter != null && warnedAt == null && !now.isBefore(warningFrom(eraseAfter));
    }

    public boolean erasureDue(OffsetDateTime eraseAfter, OffsetDateTime warnedAt, Instant now) {
        return eraseAfter != null
                && warnedAt != null
                && !now.isBefore(eraseAfter.toInstant())
                && !now.isBefore(ParisTime.of(warnedAt).plus(warning).toInstant());
    }

    /** The earliest moment warnings go out for cases erased at {@code eraseAfter}. */
    public Instant warningFrom(OffsetDateTime eraseAfter) {
        return ParisTime.of(eraseAfter).minus(warning).toInstant();
    }

    /** The cases that should have their warning by {@code now}: erased before this moment. */
    public OffsetDateTime warnBefore(Instant now) {
        return now.atZone(ParisTime.ZONE).plus(warning).toOffsetDateTime();
    }

    /** The timer cycle of a case still open: it comes before the coordinators every {@code openLimit}. */
    public String openCaseCycle() {
        return "R/" + openLimit;
    }

    /**
     * Keeping a case longer: a later day than the one set, not in the past, with a reason. Returns the new moment of
     * erasure (the start of the day after {@code until}) or throws with what to fix, in French.
     */
    public OffsetDateTime extension(OffsetDateTime current, LocalDate until, String reason, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new Refused("Motif : dites pourquoi ce dossier est gardé plus longtemps.");
        }
        if (reason.strip().length() > REASON_LENGTH) {
            throw new Refused("Motif : " + REASON_LENGTH + " caractères au plus.");
        }
        if (until == null) {
            throw new Refused("Nouvelle date : choisissez le jour jusqu'auquel le dossier est gardé.");
        }
        OffsetDateTime next = until.plusDays(1).atStartOfDay(ParisTime.ZONE).toOffsetDateTime();
        if (current != null && !next.isAfter(current)) {
            throw new Refused("Nouvelle date : elle doit suivre la date d'effacement prévue.");
        }
        if (!next.toInstant().isAfter(now.plus(1, ChronoUnit.DAYS))) {
            throw new Refused("Nouvelle date : choisissez un jour à venir.");
        }
        return next;
    }

    /** An action on personal data refused, with what to fix, in the coordinator's language. */
    public static class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }
}
