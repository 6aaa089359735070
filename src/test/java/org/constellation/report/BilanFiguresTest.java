package org.constellation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.constellation.report.BilanFigures.Line;
import org.constellation.report.BilanFigures.Place;
import org.constellation.report.BilanFigures.Totals;
import org.junit.jupiter.api.Test;

/** The bilan's arithmetic: shares to one decimal, averages, total rows, and nothing divided by nought. */
class BilanFiguresTest {

    static final Line GRENOBLE = new Line("38185", "Grenoble", 2, 2, 0, 200, 30, 2);
    static final Line ECHIROLLES = new Line("38151", "Échirolles", 1, 1, 0, 25, 25, 1);
    static final Line CROLLES = new Line("38140", "Crolles", 1, 0, 0, 0, 0, 0);

    /**
     * Four events held, three reported; 225 participants, of whom 55 pupils in 3 classes; five proposals supported, one
     * selected by a jury; two events labelled, one label withdrawn; six obligations owed, three met (two on time), two
     * late, one not due yet.
     */
    static BilanFigures figures() {
        return new BilanFigures(
                new Totals(4, 3, 225, 55, 3, 5, 1, 2, 1, 6, 3, 2, 2),
                List.of(new Line("astronomy", "Astronomie", 4, 3, 0, 225, 55, 3)),
                List.of(
                        new Place(GRENOBLE, 45.18756, 5.73578),
                        new Place(ECHIROLLES, 45.14364, 5.71946),
                        new Place(CROLLES, null, null)),
                List.of(
                        new Line("2027-10", "Octobre 2027", 3, 2, 3, 145, 55, 3),
                        new Line("2027-11", "Novembre 2027", 1, 1, 1, 80, 0, 0)),
                List.of(new Line("FAMILIES", "Familles", 2, 2, 0, 225, 55, 3)));
    }

    @Test
    void sharesArePercentsToOneDecimal() {
        BilanFigures figures = figures();
        assertThat(figures.reportedShare()).isEqualTo(75.0);
        assertThat(figures.pupilShare()).isEqualTo(24.4);
        assertThat(figures.averageAttendance()).isEqualTo(75.0);
        assertThat(figures.attendanceShare(GRENOBLE)).isEqualTo(88.9);
        assertThat(figures.attendanceShare(ECHIROLLES)).isEqualTo(11.1);
        assertThat(figures.eventShare(CROLLES)).isEqualTo(25.0);
    }

    @Test
    void obligationsMetAreAShareOfThoseOwedAndOnTimeOfThoseMet() {
        BilanFigures figures = figures();
        assertThat(figures.metShare()).isEqualTo(50.0);
        assertThat(figures.onTimeShare()).isEqualTo(66.7);
        assertThat(figures.obligationsAwaited()).isEqualTo(1);
        assertThat(figures.obligationShare(figures.totals().obligationsLate())).isEqualTo(33.3);
        assertThat(figures.obligationShare(figures.totals().obligations())).isEqualTo(100.0);
        assertThat(figures.obligationShare(figures.obligationsAwaited())).isEqualTo(16.7);
    }

    @Test
    void theCommunesAndTheMonthsAddUpToTheTotals() {
        BilanFigures figures = figures();
        Line communes = figures.communesTotal();
        assertThat(communes.events()).isEqualTo(figures.totals().held());
        assertThat(communes.reported()).isEqualTo(figures.totals().reported());
        assertThat(communes.attendance()).isEqualTo(figures.totals().attendance());
        assertThat(communes.pupils()).isEqualTo(figures.totals().pupils());
        assertThat(communes.classes()).isEqualTo(figures.totals().classes());
        Line months = figures.monthsTotal();
        assertThat(months.sessions()).isEqualTo(4);
        assertThat(months.attendance()).isEqualTo(225);
        assertThat(months.pupils()).isEqualTo(55);
        assertThat(months.key()).isNull();
        assertThat(months.label()).isNull();
    }

    @Test
    void onlyCommunesWithACentreAreDrawn() {
        assertThat(figures().locatedCommunes())
                .extracting(place -> place.line().label())
                .containsExactly("Grenoble", "Échirolles");
    }

    @Test
    void aSeasonWithoutEventsHasNoShareAndNoDivisionByNought() {
        Totals nothing = new Totals(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        BilanFigures empty = new BilanFigures(nothing, List.of(), List.of(), List.of(), List.of());
        assertThat(empty.reportedShare()).isZero();
        assertThat(empty.pupilShare()).isZero();
        assertThat(empty.averageAttendance()).isZero();
        assertThat(empty.attendanceShare(GRENOBLE)).isZero();
        assertThat(empty.eventShare(GRENOBLE)).isZero();
        assertThat(empty.metShare()).isZero();
        assertThat(empty.onTimeShare()).isZero();
        assertThat(empty.obligationShare(0)).isZero();
        assertThat(empty.obligationsAwaited()).isZero();
        assertThat(empty.communesTotal().events()).isZero();
        assertThat(BilanFigures.percent(1, 3)).isEqualTo(33.3);
        assertThat(BilanFigures.percent(2, 3)).isEqualTo(66.7);
    }
}
