package org.constellation.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.Optional;
import org.constellation.call.RetentionClass;
import org.junit.jupiter.api.Test;

class RetentionRulesTest {

    final RetentionRules rules = new RetentionSettings().rules();
    /** 23:30 in Paris on 31 January: still the 31st there, already the 1st of February in UTC+2 and beyond. */
    final OffsetDateTime endedAt = OffsetDateTime.parse("2027-01-31T22:30:00Z");

    @Test
    void theOutcomeChoosesThePeriodAndTheCallsOwnComesFirst() {
        assertThat(rules.periodOf(RetentionClass.UNSUCCESSFUL, Optional.empty()))
                .isEqualTo(Period.ofMonths(6));
        assertThat(rules.periodOf(RetentionClass.PROGRAMMED, Optional.empty())).isEqualTo(Period.ofYears(3));
        assertThat(rules.periodOf(RetentionClass.PROGRAMMED, Optional.of(Period.ofMonths(12))))
                .isEqualTo(Period.ofMonths(12));
    }

    @Test
    void theDataGoesAtTheStartOfTheParisDayAfterThePeriod() {
        assertThat(rules.eraseAfter(endedAt, Period.ofMonths(6)))
                .isEqualTo(OffsetDateTime.parse("2027-08-01T00:00:00+02:00"));
        assertThat(rules.openCaseCycle()).isEqualTo("R/P18M");
    }

    @Test
    void theHolderIsWarnedTwoWeeksAheadAndHasTwoFullWeeksWhateverHappens() {
        OffsetDateTime eraseAfter = OffsetDateTime.parse("2027-08-01T00:00:00+02:00");
        Instant thirteenDaysBefore = eraseAfter.minusDays(13).toInstant();
        assertThat(rules.warningDue(eraseAfter, null, eraseAfter.minusDays(15).toInstant()))
                .isFalse();
        assertThat(rules.warningDue(eraseAfter, null, thirteenDaysBefore)).isTrue();
        assertThat(rules.warningDue(eraseAfter, eraseAfter.minusDays(13), thirteenDaysBefore))
                .as("once")
                .isFalse();
        assertThat(rules.erasureDue(eraseAfter, null, eraseAfter.plusDays(30).toInstant()))
                .as("never unwarned")
                .isFalse();
        assertThat(rules.erasureDue(eraseAfter, eraseAfter.minusDays(14), eraseAfter.toInstant()))
                .isTrue();
        // Warned late (a node was down): the erasure waits until two weeks after the warning.
        OffsetDateTime late = eraseAfter.minusDays(2);
        assertThat(rules.erasureDue(eraseAfter, late, eraseAfter.plusDays(1).toInstant()))
                .isFalse();
        assertThat(rules.erasureDue(eraseAfter, late, late.plusDays(14).toInstant()))
                .isTrue();
    }

    @Test
    void anExtensionNeedsALaterDayAndAReason() {
        OffsetDateTime current = OffsetDateTime.parse("2027-08-01T00:00:00+02:00");
        Instant now = current.minusDays(10).toInstant();
        assertThat(rules.extension(current, LocalDate.parse("2027-09-30"), " Recours en cours ", now))
                .isEqualTo(OffsetDateTime.parse("2027-10-01T00:00:00+02:00"));
        assertThatThrownBy(() -> rules.extension(current, LocalDate.parse("2027-09-30"), " ", now))
                .hasMessageStartingWith("Motif");
        assertThatThrownBy(() -> rules.extension(current, LocalDate.parse("2027-09-30"), "x".repeat(1001), now))
                .hasMessageContaining("1000 caractères");
        assertThatThrownBy(() -> rules.extension(current, LocalDate.parse("2027-07-15"), "Recours", now))
                .hasMessageContaining("suivre la date d'effacement prévue");
        assertThatThrownBy(() -> rules.extension(current, null, "Recours", now))
                .hasMessageStartingWith("Nouvelle date");
    }
}
