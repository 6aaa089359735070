package org.constellation.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FinalReportFormTest {

    static final List<FinalReportForm.Line> LINES = List.of(
            new FinalReportForm.Line("Matériel", 1_200_000),
            new FinalReportForm.Line("Communication", 600_000),
            new FinalReportForm.Line("Déplacements", 200_000));

    static Map<String, List<String>> posted(String activity, String... amounts) {
        Map<String, List<String>> posted = new HashMap<>();
        if (activity != null) {
            posted.put(FinalReportForm.ACTIVITY, List.of(activity));
        }
        for (int i = 0; i < amounts.length; i++) {
            posted.put(FinalReportForm.field(i), List.of(amounts[i]));
        }
        return posted;
    }

    @Test
    void aReportWithItsActivityAndAnAmountForEachCategoryIsRead() {
        FinalReportForm form = FinalReportForm.read(
                LINES, posted("  Trois nuits d'observation, 400 personnes.  ", "10 000", "0", "1 500,50 €"));
        assertThat(form.isValid()).as(form.errors().toString()).isTrue();
        assertThat(form.activity()).isEqualTo("Trois nuits d'observation, 400 personnes.");
        assertThat(form.realised()).containsExactly(1_000_000L, 0L, 150_050L);
        assertThat(form.expenses())
                .containsExactly(
                        new FinalReport.Expense("Matériel", 1_200_000, 1_000_000),
                        new FinalReport.Expense("Communication", 600_000, 0),
                        new FinalReport.Expense("Déplacements", 200_000, 150_050));
    }

    @Test
    void eachRefusalIsBesideItsFieldInTheFormsOrderAndWhatWasTypedIsKept() {
        FinalReportForm form = FinalReportForm.read(LINES, posted(" ", "dix mille", "", "-50"));
        assertThat(form.isValid()).isFalse();
        assertThat(form.errors())
                .containsExactly(
                        Map.entry(FinalReportForm.ACTIVITY, "finalReport.error.activityRequired"),
                        Map.entry("realised-0", "validation.amount"),
                        Map.entry("realised-1", "finalReport.error.realisedRequired"),
                        Map.entry("realised-2", "validation.amountNegative"));
        assertThat(form.values()).containsEntry("realised-0", "dix mille").containsEntry("realised-2", "-50");
        assertThat(form.categoryOf("realised-2")).isEqualTo("Déplacements");
        assertThat(form.categoryOf(FinalReportForm.ACTIVITY)).isNull();
        assertThat(form.fieldKey("realised-1")).isEqualTo("finalReport.field.realised");
    }

    @Test
    void aMissingCategoryIsAskedNotTakenForNothing() {
        FinalReportForm form = FinalReportForm.read(LINES, posted("Fait.", "10 000", "2 000"));
        assertThat(form.errors()).containsOnlyKeys("realised-2");
    }

    @Test
    void anActivityTooLongOrWithHiddenCharactersIsRefused() {
        assertThat(FinalReportForm.read(LINES, posted("x".repeat(4_001), "0", "0", "0"))
                        .errors())
                .containsExactly(Map.entry(FinalReportForm.ACTIVITY, "finalReport.error.activityLength"));
        assertThat(FinalReportForm.read(LINES, posted("Fait\u0007.", "0", "0", "0"))
                        .errors())
                .containsExactly(Map.entry(FinalReportForm.ACTIVITY, "validation.controlCharacters"));
        assertThat(FinalReportForm.read(LINES, posted("x".repeat(4_000), "0", "0", "0"))
                        .isValid())
                .isTrue();
    }

    @Test
    void theFormOpensWithTheEventsAccountOrTheReportSentBackToGiveAgain() {
        FinalReportForm blank = FinalReportForm.blank(LINES, "Récit du bilan de l'événement.");
        assertThat(blank.values()).containsEntry(FinalReportForm.ACTIVITY, "Récit du bilan de l'événement.");
        assertThat(blank.errors()).isEmpty();

        FinalReportForm again = FinalReportForm.of(LINES, "Fait.", List.of(1_000_000L, 0L, 150_050L));
        assertThat(again.values())
                .containsEntry("realised-0", "10\u202F000")
                .containsEntry("realised-1", "0")
                .containsEntry("realised-2", "1\u202F500,50");
        // Sent again as shown, it reads the same amounts.
        Map<String, List<String>> resent = new HashMap<>();
        again.values().forEach((field, value) -> resent.put(field, List.of(value)));
        assertThat(FinalReportForm.read(LINES, resent).realised()).containsExactly(1_000_000L, 0L, 150_050L);
    }
}
