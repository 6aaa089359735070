package org.constellation.funding;

import java.util.ArrayList;
import java.util.List;

/**
 * A project's forecast budget, as its applicant gives it to a call that funds (issue 32), the associations' Cerfa 12156
 * made short. Expenses: by the call's categories, which are its eligible expenses, and any others. Resources: the
 * amount asked of this call, other public funders (each asked or obtained), the organisation's own funds. Contributions
 * in kind (a room lent, staff made available) are valued and counted on both sides, as the Cerfa counts them: they
 * weigh in the totals and never unbalance them. Amounts in cents ({@link Amounts}).
 */
public record Budget(
        List<Expense> expenses,
        long otherExpenses,
        long asked,
        List<Funder> funders,
        long ownFunds,
        List<InKind> inKind) {

    /** What a category of the call's eligible expenses costs the project. */
    public record Expense(String category, long amount) {}

    /** Another public funder: its name, how much, and whether it is obtained or only asked. */
    public record Funder(String name, long amount, boolean obtained) {}

    /** A contribution in kind, in words (« une salle prêtée par la mairie »), and its value. */
    public record InKind(String description, long amount) {}

    /** What a call's budget keeps to: the most it gives one project, and its largest share of eligible expenses (%). */
    public record Terms(long ceiling, int largestShare) {}

    /** A rule of the call the budget breaks. */
    public enum Breach {
        /** Its expenses and its resources differ. */
        UNBALANCED,
        /** It asks more than the call's ceiling. */
        ABOVE_CEILING,
        /** It asks more than the call's largest share of its eligible expenses. */
        ABOVE_SHARE
    }

    public Budget {
        expenses = List.copyOf(expenses);
        funders = List.copyOf(funders);
        inKind = List.copyOf(inKind);
    }

    /** The expenses in the call's categories: those a share of which it may fund. */
    public long eligibleExpenses() {
        return expenses.stream().mapToLong(Expense::amount).sum();
    }

    public long inKindTotal() {
        return inKind.stream().mapToLong(InKind::amount).sum();
    }

    public long fundersTotal() {
        return funders.stream().mapToLong(Funder::amount).sum();
    }

    /** Every expense, the use of contributions in kind among them. */
    public long totalExpenses() {
        return eligibleExpenses() + otherExpenses + inKindTotal();
    }

    /** Every resource, contributions in kind among them. */
    public long totalResources() {
        return asked + fundersTotal() + ownFunds + inKindTotal();
    }

    public boolean isBalanced() {
        return totalExpenses() == totalResources();
    }

    /** The most this budget may ask under a share of its eligible expenses (in percent), to the cent below. */
    public long largestAsk(int share) {
        return eligibleExpenses() * share / 100;
    }

    /** The amount asked as a share of the eligible expenses, in percent; 0 when there are none. */
    public double askedShare() {
        return eligibleExpenses() == 0 ? 0 : asked * 100.0 / eligibleExpenses();
    }

    /** The call's rules this budget breaks, in the order the form shows them: its totals, then the amount asked. */
    public List<Breach> breaches(Terms terms) {
        List<Breach> breaches = new ArrayList<>();
        if (!isBalanced()) {
            breaches.add(Breach.UNBALANCED);
        }
        if (asked > terms.ceiling()) {
            breaches.add(Breach.ABOVE_CEILING);
        }
        if (asked > largestAsk(terms.largestShare())) {
            breaches.add(Breach.ABOVE_SHARE);
        }
        return breaches;
    }
}
