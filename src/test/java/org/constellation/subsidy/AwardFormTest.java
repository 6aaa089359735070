package org.constellation.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A coordinator's decision as typed: an amount in French, more than nothing, up to the amount asked and within what is
 * left of the envelope, a reason when less than asked; a refusal with its reason.
 */
class AwardFormTest {

    /** The second project of the journey: 14 000 € asked, 12 000 € of the envelope's 30 000 € already awarded. */
    static final long ASKED = 1_400_000;

    static final Envelope ENVELOPE = new Envelope(3_000_000, 1_200_000);

    static AwardForm award(String amount, String reason, String conditions) {
        return AwardForm.read("AWARD", amount, reason, conditions, ASKED, ENVELOPE);
    }

    static AwardForm.Problem problem(String key, long... amounts) {
        return AwardForm.Problem.of(key, amounts);
    }

    @Test
    void theAmountAskedIsAwardedWithItsConditions() {
        AwardForm form = award("14 000", "", "  Le logo de la Métropole sur chaque support.  ");

        assertThat(form.isValid()).isTrue();
        assertThat(form.awards()).isTrue();
        assertThat(form.amount()).isEqualTo(ASKED);
        assertThat(form.reason()).isNull();
        assertThat(form.conditions()).isEqualTo("Le logo de la Métropole sur chaque support.");
    }

    @Test
    void lessThanAskedNeedsAReasonWhichTheHolderReads() {
        AwardForm silent = award("10 000 €", "  ", null);
        assertThat(silent.errors())
                .containsExactly(Map.entry(AwardForm.REASON, problem("funding.award.error.reasonRequired", ASKED)));

        AwardForm said = award("10 000,50", "Le matériel est déjà financé par la Région.", null);
        assertThat(said.isValid()).isTrue();
        assertThat(said.amount()).isEqualTo(1_000_050);
        assertThat(said.reason()).isEqualTo("Le matériel est déjà financé par la Région.");
        assertThat(said.conditions()).isNull();
    }

    @Test
    void aReasonIsKeptOnlyForLessThanAsked() {
        assertThat(award("14000", "Un très bon projet.", null).reason()).isNull();
    }

    @Test
    void neverMoreThanAsked() {
        assertThat(award("14 000,01", "", null).errors())
                .containsExactly(Map.entry(AwardForm.AMOUNT, problem("funding.award.error.aboveAsked", ASKED)));
    }

    @Test
    void neverMoreThanIsLeftOfTheEnvelopeAndTheRefusalSaysWhatIsLeft() {
        Envelope twoAwarded = new Envelope(3_000_000, 2_200_000);

        assertThat(AwardForm.read("AWARD", "10 000", null, null, 1_000_000, twoAwarded)
                        .errors())
                .containsExactly(
                        Map.entry(AwardForm.AMOUNT, problem("funding.award.error.envelope", 800_000, 3_000_000)));
        assertThat(AwardForm.read("AWARD", "8 000", "Ce qui reste.", null, 1_000_000, twoAwarded)
                        .isValid())
                .isTrue();
    }

    @Test
    void anAmountIsReadAsPeopleTypeItOrRefusedInWords() {
        assertThat(award("1,234", "r", null).errors()).containsEntry(AwardForm.AMOUNT, problem("call.error.amount"));
        assertThat(award("-500", "r", null).errors())
                .containsEntry(AwardForm.AMOUNT, problem("call.error.amountNegative"));
        assertThat(award("0", "r", null).errors())
                .containsEntry(AwardForm.AMOUNT, problem("call.error.amountPositive"));
        assertThat(award("  ", "r", null).errors())
                .containsExactly(Map.entry(AwardForm.AMOUNT, problem("funding.award.error.amountRequired", ASKED)));
    }

    @Test
    void aProposalThatAskedNothingCanOnlyBeRefused() {
        assertThat(AwardForm.read("AWARD", "1 000", "r", null, 0, ENVELOPE).errors())
                .containsExactly(Map.entry(AwardForm.AMOUNT, problem("funding.award.error.nothingAsked")));
        assertThat(AwardForm.read("REFUSE", null, "Pas de budget.", null, 0, ENVELOPE)
                        .isValid())
                .isTrue();
    }

    @Test
    void aRefusalNeedsItsReasonAndNothingElse() {
        AwardForm silent = AwardForm.read("REFUSE", "99 999 999", "", "x", ASKED, ENVELOPE);
        assertThat(silent.errors())
                .containsExactly(Map.entry(AwardForm.REASON, problem("funding.award.error.refusalReasonRequired")));

        AwardForm said = AwardForm.read("REFUSE", "", " L’enveloppe est épuisée. ", null, ASKED, ENVELOPE);
        assertThat(said.isValid()).isTrue();
        assertThat(said.awards()).isFalse();
        assertThat(said.amount()).isNull();
        assertThat(said.reason()).isEqualTo("L’enveloppe est épuisée.");
    }

    @Test
    void aDecisionIsToAwardOrToRefuse() {
        assertThat(AwardForm.read("MAYBE", "1 000", "r", null, ASKED, ENVELOPE).errors())
                .containsExactly(Map.entry(AwardForm.DECISION, problem("funding.award.error.decision")));
        assertThat(AwardForm.read(null, "1 000", "r", null, ASKED, ENVELOPE).isValid())
                .isFalse();
    }

    @Test
    void wordsAreBoundedAndFreeOfHiddenCharacters() {
        assertThat(award("10 000", "r".repeat(2_001), null).errors())
                .containsEntry(AwardForm.REASON, problem("funding.award.error.reasonTooLong"));
        assertThat(award("10 000", "Motif\u0007", null).errors())
                .containsEntry(AwardForm.REASON, problem("validation.controlCharacters"));
        assertThat(award("14 000", null, "c".repeat(4_001)).errors())
                .containsEntry(AwardForm.CONDITIONS, problem("funding.award.error.conditionsTooLong"));
        assertThat(award("14 000", null, "Deux lignes :\n\tle logo, le bilan.").isValid())
                .isTrue();
    }

    @Test
    void aRefusalNamesTheAmountsItSpeaksOf() {
        AwardForm form = award("20 000", "trop", "Le logo");

        assertThat(form.isValid()).isFalse();
        assertThat(form.errors().get(AwardForm.AMOUNT).amounts()).isEqualTo(List.of(ASKED));
        assertThat(form.amount()).isNull();
    }
}
