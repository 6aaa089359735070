package org.constellation.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A committee's sitting as typed: the day either way, one member per line, at least one proposal, a motivation. */
class SittingFormTest {

    static final LocalDate TODAY = LocalDate.of(2027, 3, 15);
    static final Set<Long> AWAITING = Set.of(11L, 12L, 13L);

    static SittingForm sitting(String day, String members, List<String> proposals, String motivation) {
        return SittingForm.read(day, members, proposals, "SELECTED", motivation, TODAY, AWAITING);
    }

    @Test
    void aCompleteSittingIsReadAsTheCommitteeDecidesIt() {
        SittingForm form = sitting(
                "12/03/2027",
                "Claire Dumas, présidente\nLucas Petit",
                List.of("11", "12"),
                "  Projets les mieux notés, ouverts à tous.  ");

        assertThat(form.isValid()).isTrue();
        assertThat(form.day()).isEqualTo(LocalDate.of(2027, 3, 12));
        assertThat(form.members()).containsExactly("Claire Dumas, présidente", "Lucas Petit");
        assertThat(form.proposalIds()).containsExactly(11L, 12L);
        assertThat(form.outcome()).isEqualTo(SelectionOutcome.SELECTED);
        assertThat(form.motivation()).isEqualTo("Projets les mieux notés, ouverts à tous.");
    }

    @Test
    void theDayIsTypedTheFrenchWayOrSentByADateField() {
        assertThat(sitting("12/03/2027", "A", List.of("11"), "M").day()).isEqualTo(LocalDate.of(2027, 3, 12));
        assertThat(sitting("5/3/2027", "A", List.of("11"), "M").day()).isEqualTo(LocalDate.of(2027, 3, 5));
        SittingForm iso = sitting("2027-03-12", "A", List.of("11"), "M");
        assertThat(iso.day()).isEqualTo(LocalDate.of(2027, 3, 12));
        assertThat(iso.values()).containsEntry(SittingForm.DAY, "2027-03-12");
        assertThat(sitting("15/03/2027", "A", List.of("11"), "M").isValid())
                .as("today")
                .isTrue();
    }

    @Test
    void aDayThatIsNoneOrToComeIsRefused() {
        assertThat(sitting("31/02/2027", "A", List.of("11"), "M").errors())
                .containsExactly(Map.entry(SittingForm.DAY, "jury.sitting.error.date"));
        assertThat(sitting("12 mars 2027", "A", List.of("11"), "M").errors())
                .containsEntry(SittingForm.DAY, "jury.sitting.error.date");
        assertThat(sitting("16/03/2027", "A", List.of("11"), "M").errors())
                .containsEntry(SittingForm.DAY, "jury.sitting.error.future");
        SittingForm none = sitting("  ", "A", List.of("11"), "M");
        assertThat(none.errors()).containsEntry(SittingForm.DAY, "jury.refused.date-required");
        assertThat(none.day()).isNull();
    }

    @Test
    void membersAreOnePerLineWithoutBlankLinesOrRepeats() {
        SittingForm form =
                sitting("12/03/2027", " Claire Dumas \r\n\n\tLucas Petit\nClaire Dumas\n", List.of("11"), "M");

        assertThat(form.members()).containsExactly("Claire Dumas", "Lucas Petit");
        assertThat(sitting("12/03/2027", " \n ", List.of("11"), "M").errors())
                .containsEntry(SittingForm.MEMBERS, "jury.refused.members-required");
        assertThat(sitting("12/03/2027", "x".repeat(SittingForm.LONGEST_NAME + 1), List.of("11"), "M")
                        .errors())
                .containsEntry(SittingForm.MEMBERS, "jury.sitting.error.members");
        assertThat(sitting("12/03/2027", "Claire\u0000Dumas", List.of("11"), "M")
                        .errors())
                .containsEntry(SittingForm.MEMBERS, "validation.controlCharacters");
    }

    @Test
    void noProposalChosenIsRefusedAndOnlyThoseAwaitingMayBe() {
        assertThat(sitting("12/03/2027", "A", List.of(), "M").errors())
                .containsExactly(Map.entry(SittingForm.PROPOSALS, "jury.refused.none-chosen"));
        assertThat(sitting("12/03/2027", "A", null, "M").errors())
                .containsEntry(SittingForm.PROPOSALS, "jury.refused.none-chosen");
        SittingForm decidedSince = sitting("12/03/2027", "A", List.of("11", "99"), "M");
        assertThat(decidedSince.errors()).containsEntry(SittingForm.PROPOSALS, "jury.refused.not-awaiting");
        assertThat(decidedSince.chosen()).containsExactly("11", "99");
        assertThat(sitting("12/03/2027", "A", List.of("onze"), "M").errors())
                .containsEntry(SittingForm.PROPOSALS, "jury.refused.not-awaiting");
        assertThat(sitting("12/03/2027", "A", List.of("11", "11"), "M").proposalIds())
                .containsExactly(11L);
    }

    @Test
    void noMotivationIsRefused() {
        assertThat(sitting("12/03/2027", "A", List.of("11"), "   ").errors())
                .containsExactly(Map.entry(SittingForm.MOTIVATION, "jury.refused.motivation-required"));
        assertThat(sitting("12/03/2027", "A", List.of("11"), null).errors())
                .containsEntry(SittingForm.MOTIVATION, "jury.refused.motivation-required");
        assertThat(sitting("12/03/2027", "A", List.of("11"), "x".repeat(SittingForm.LONGEST_MOTIVATION + 1))
                        .errors())
                .containsEntry(SittingForm.MOTIVATION, "jury.sitting.error.motivation");
    }

    @Test
    void theOutcomeIsOneOfTheCommitteesAndEveryRefusalComesInTheFormsOrder() {
        SittingForm form = SittingForm.read("", "", List.of(), "PEUT_ETRE", "", TODAY, AWAITING);

        assertThat(form.errors().keySet())
                .containsExactly(
                        SittingForm.DAY,
                        SittingForm.MEMBERS,
                        SittingForm.PROPOSALS,
                        SittingForm.OUTCOME,
                        SittingForm.MOTIVATION);
        assertThat(form.errors()).containsEntry(SittingForm.OUTCOME, "jury.sitting.error.outcome");
        assertThat(form.values()).containsEntry(SittingForm.OUTCOME, "PEUT_ETRE");
    }

    @Test
    void theCommitteesRefusalsFindTheirField() {
        assertThat(SittingForm.fieldOf("jury.refused.none-chosen")).isEqualTo(SittingForm.PROPOSALS);
        assertThat(SittingForm.fieldOf("jury.refused.not-awaiting")).isEqualTo(SittingForm.PROPOSALS);
        assertThat(SittingForm.fieldOf("jury.refused.members-required")).isEqualTo(SittingForm.MEMBERS);
        assertThat(SittingForm.fieldOf("jury.refused.motivation-required")).isEqualTo(SittingForm.MOTIVATION);
        assertThat(SittingForm.fieldOf("jury.refused.date-required")).isEqualTo(SittingForm.DAY);
    }
}
