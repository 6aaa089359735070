package org.constellation.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A forecast budget's totals and the call's rules it keeps to, in cents. */
class BudgetTest {

    /** 20 000 € of eligible expenses and 1 000 € of others; a room lent worth 500 €; 8 000 € asked. */
    static Budget balanced() {
        return new Budget(
                List.of(new Budget.Expense("Intervenants", 1_200_000), new Budget.Expense("Matériel", 800_000)),
                100_000,
                800_000,
                List.of(new Budget.Funder("Région", 600_000, false), new Budget.Funder("Département", 400_000, true)),
                300_000,
                List.of(new Budget.InKind("Salle prêtée par la mairie", 50_000)));
    }

    static final Budget.Terms TERMS = new Budget.Terms(1_000_000, 50);

    @Test
    void theTotalsCountContributionsInKindOnBothSides() {
        Budget budget = balanced();
        assertThat(budget.eligibleExpenses()).isEqualTo(2_000_000);
        assertThat(budget.inKindTotal()).isEqualTo(50_000);
        assertThat(budget.fundersTotal()).isEqualTo(1_000_000);
        assertThat(budget.totalExpenses()).isEqualTo(2_150_000);
        assertThat(budget.totalResources()).isEqualTo(2_150_000);
        assertThat(budget.isBalanced()).isTrue();
        assertThat(budget.askedShare()).isEqualTo(40.0);
        assertThat(budget.breaches(TERMS)).isEmpty();
    }

    @Test
    void expensesAndResourcesThatDifferAreUnbalanced() {
        Budget budget = balanced();
        Budget short50 = new Budget(
                budget.expenses(),
                budget.otherExpenses(),
                budget.asked(),
                budget.funders(),
                budget.ownFunds() - 5_000,
                budget.inKind());
        assertThat(short50.isBalanced()).isFalse();
        assertThat(short50.breaches(TERMS)).containsExactly(Budget.Breach.UNBALANCED);
    }

    @Test
    void theAmountAskedStaysWithinTheCeilingAndTheShare() {
        Budget budget = balanced();
        assertThat(budget.largestAsk(50)).isEqualTo(1_000_000);
        assertThat(budget.largestAsk(33)).as("to the cent below").isEqualTo(660_000);
        assertThat(budget.breaches(new Budget.Terms(800_000, 40)))
                .as("both limits met exactly")
                .isEmpty();
        assertThat(budget.breaches(new Budget.Terms(799_999, 50))).containsExactly(Budget.Breach.ABOVE_CEILING);
        assertThat(budget.breaches(new Budget.Terms(1_000_000, 39))).containsExactly(Budget.Breach.ABOVE_SHARE);
    }

    @Test
    void everyBreachIsToldInTheFormsOrder() {
        Budget greedy = new Budget(
                List.of(new Budget.Expense("Intervenants", 1_000_000)), 0, 2_000_000, List.of(), 0, List.of());
        assertThat(greedy.breaches(TERMS))
                .containsExactly(Budget.Breach.UNBALANCED, Budget.Breach.ABOVE_CEILING, Budget.Breach.ABOVE_SHARE);
    }

    @Test
    void aBudgetWithoutEligibleExpensesMayAskNothing() {
        Budget empty = new Budget(List.of(), 50_000, 0, List.of(), 50_000, List.of());
        assertThat(empty.askedShare()).isZero();
        assertThat(empty.largestAsk(100)).isZero();
        assertThat(empty.breaches(TERMS)).isEmpty();
        Budget asking = new Budget(List.of(), 50_000, 50_000, List.of(), 0, List.of());
        assertThat(asking.breaches(TERMS)).containsExactly(Budget.Breach.ABOVE_SHARE);
    }
}
