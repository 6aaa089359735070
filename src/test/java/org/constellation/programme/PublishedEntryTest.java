package org.constellation.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constellation.programme.ProgrammeFixtures.START;
import static org.constellation.programme.ProgrammeFixtures.details;
import static org.constellation.programme.ProgrammeFixtures.entry;
import static org.constellation.programme.ProgrammeFixtures.oneSession;
import static org.constellation.programme.ProgrammeFixtures.published;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the agenda reads of an entry: the days and months it takes place in, and its place in one line. */
class PublishedEntryTest {

    @Test
    void anExhibitionIsInEveryMonthItRunsAndSessionsOnlyInTheirOwn() {
        PublishedEntry exhibition = published(entry(
                "p-expo@constellation.example.org",
                List.of(Timing.days(LocalDate.of(2026, 10, 3), LocalDate.of(2027, 1, 16)))));
        assertThat(exhibition.months())
                .containsExactly(
                        YearMonth.of(2026, 10), YearMonth.of(2026, 11), YearMonth.of(2026, 12), YearMonth.of(2027, 1));
        assertThat(exhibition.firstDay()).isEqualTo(LocalDate.of(2026, 10, 3));
        assertThat(exhibition.lastDay()).isEqualTo(LocalDate.of(2027, 1, 16));
        assertThat(exhibition.spansDays()).isTrue();

        PublishedEntry twoSessions = published(entry(
                "p-two@constellation.example.org",
                List.of(
                        new Timing(START, START.plusHours(2)),
                        new Timing(START.plusMonths(2), START.plusMonths(2).plusHours(2)))));
        assertThat(twoSessions.months())
                .as("October and December, not November")
                .containsExactly(YearMonth.of(2027, 10), YearMonth.of(2027, 12));
        assertThat(twoSessions.lastDay()).isEqualTo(LocalDate.of(2027, 12, 12));

        PublishedEntry evening = published(entry("p-one@constellation.example.org", oneSession()));
        assertThat(evening.months()).containsExactly(YearMonth.of(2027, 10));
        assertThat(evening.spansDays()).isFalse();
    }

    @Test
    void aVenueNamedAfterItsCommuneIsWrittenOnce() {
        PublishedEntry inTown = published(entry(
                "p-town@constellation.example.org", details(oneSession(), "Grenoble", null, "Résumé", "Description")));
        assertThat(inTown.placeAndCommune()).isEqualTo("Grenoble");
        assertThat(inTown.placeLine()).isEqualTo("Grenoble");

        PublishedEntry inPark = published(entry("p-park@constellation.example.org", oneSession()));
        assertThat(inPark.placeAndCommune()).isEqualTo("Parc Paul Mistral, Grenoble");
        assertThat(inPark.placeLine()).isEqualTo("Parc Paul Mistral, Boulevard Jean Pain, Grenoble");
    }
}
