package org.constellation.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BalanceTest {

    @Test
    void theAdvanceIsTheAwardsShareToTheCentBelow() {
        assertThat(Balance.advance(1_000_000, 50)).isEqualTo(500_000);
        assertThat(Balance.advance(1_000_000, 0)).isZero();
        assertThat(Balance.advance(1_000_000, 100)).isEqualTo(1_000_000);
        // 30 % of 333,33 € is 99,999 €: 99,99 €, never a cent above the share.
        assertThat(Balance.advance(33_333, 30)).isEqualTo(9_999);
        assertThat(Balance.advance(1, 50)).isZero();
    }

    @Test
    void aProjectThatSpentWhatItPlannedGetsTheRestOfItsAward() {
        // 10 000 € awarded at 50 % of 20 000 € of eligible expenses, 5 000 € paid in advance.
        Balance.Settlement settlement = Balance.settle(1_000_000, 50, 2_000_000, 500_000);
        assertThat(settlement.owed()).isEqualTo(1_000_000);
        assertThat(settlement.balance()).isEqualTo(500_000);
        assertThat(settlement.recovery()).isZero();
        assertThat(settlement.reduced(1_000_000)).isFalse();
    }

    @Test
    void unspentExpensesReduceTheBalanceByTheShare() {
        // 16 000 € realised instead of 20 000 €: owed 50 % of it, 8 000 €, so 3 000 € after the advance.
        Balance.Settlement settlement = Balance.settle(1_000_000, 50, 1_600_000, 500_000);
        assertThat(settlement.owed()).isEqualTo(800_000);
        assertThat(settlement.balance()).isEqualTo(300_000);
        assertThat(settlement.recovery()).isZero();
        assertThat(settlement.reduced(1_000_000)).isTrue();
    }

    @Test
    void moreExpensesThanPlannedNeverPayMoreThanTheAward() {
        Balance.Settlement settlement = Balance.settle(1_000_000, 50, 3_000_000, 500_000);
        assertThat(settlement.owed()).isEqualTo(1_000_000);
        assertThat(settlement.balance()).isEqualTo(500_000);
    }

    @Test
    void theShareCapsWhatIsOwedBelowAnAwardAskedAtALowerShare() {
        // Awarded 6 000 € on 20 000 € (30 %), the call funding at most 40 %: 12 000 € realised owe 4 800 €.
        Balance.Settlement settlement = Balance.settle(600_000, 40, 1_200_000, 300_000);
        assertThat(settlement.owed()).isEqualTo(480_000);
        assertThat(settlement.balance()).isEqualTo(180_000);
    }

    @Test
    void anAdvanceAboveWhatIsOwedIsToRecoverNeverANegativeBalance() {
        // 8 000 € realised at 50 %: 4 000 € owed, 5 000 € paid in advance: 1 000 € to recover.
        Balance.Settlement settlement = Balance.settle(1_000_000, 50, 800_000, 500_000);
        assertThat(settlement.owed()).isEqualTo(400_000);
        assertThat(settlement.balance()).isZero();
        assertThat(settlement.recovery()).isEqualTo(100_000);
        // Nothing realised: the whole advance.
        assertThat(Balance.settle(1_000_000, 50, 0, 500_000).recovery()).isEqualTo(500_000);
    }

    @Test
    void withoutAnAdvanceTheBalanceIsWhatIsOwed() {
        Balance.Settlement settlement = Balance.settle(1_000_000, 50, 1_500_001, 0);
        assertThat(settlement.owed()).as("7 500,005 € to the cent below").isEqualTo(750_000);
        assertThat(settlement.balance()).isEqualTo(750_000);
        assertThat(settlement.recovery()).isZero();
    }

    @Test
    void theAdvanceAndTheBalanceAddUpToWhatIsOwedToTheCent() {
        for (long award : new long[] {1, 99, 33_333, 1_234_567, 2_300_001}) {
            for (int advanceShare : new int[] {0, 30, 33, 50, 70, 100}) {
                long advance = Balance.advance(award, advanceShare);
                Balance.Settlement settlement = Balance.settle(award, 50, award * 2 + 1, advance);
                assertThat(advance + settlement.balance() - settlement.recovery())
                        .as(award + " at " + advanceShare + " %")
                        .isEqualTo(settlement.owed());
                assertThat(settlement.balance()).isNotNegative();
            }
        }
    }

    @Test
    void aShareOutsideZeroToAHundredOrANegativeAmountIsAMistake() {
        assertThatThrownBy(() -> Balance.advance(1_000, 101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Balance.settle(1_000, -1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Balance.settle(1_000, 50, -1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
