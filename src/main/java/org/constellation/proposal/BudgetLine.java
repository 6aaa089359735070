package org.constellation.proposal;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.constellation.funding.Budget;

/**
 * A line of a proposal's forecast budget (issue 32), as kept: what it is, its words (a category of the call's eligible
 * expenses as the applicant answered it, another funder's name, a contribution in kind), its amount in cents, and for
 * another funder whether it is obtained. A budget is its lines in order, expenses first; none for a call that funds
 * nothing.
 */
@Embeddable
public record BudgetLine(@Enumerated(EnumType.STRING) Kind kind, String label, long amount, Boolean obtained) {

    /** What a line of the budget is. */
    public enum Kind {
        /** An expense in a category of the call: an eligible one. */
        EXPENSE,
        /** The project's other expenses, which the call does not fund a share of. */
        OTHER_EXPENSES,
        /** The amount asked of the call. */
        ASKED,
        /** Another public funder, asked or obtained. */
        FUNDER,
        /** The organisation's own funds. */
        OWN_FUNDS,
        /** A contribution in kind, counted as an expense and a resource alike. */
        IN_KIND
    }

    /** The lines of a budget, in its order: expenses, other expenses, the amount asked, funders, own funds, in kind. */
    static List<BudgetLine> of(Budget budget) {
        List<BudgetLine> lines = new ArrayList<>();
        budget.expenses().forEach(e -> lines.add(new BudgetLine(Kind.EXPENSE, e.category(), e.amount(), null)));
        lines.add(new BudgetLine(Kind.OTHER_EXPENSES, null, budget.otherExpenses(), null));
        lines.add(new BudgetLine(Kind.ASKED, null, budget.asked(), null));
        budget.funders().forEach(f -> lines.add(new BudgetLine(Kind.FUNDER, f.name(), f.amount(), f.obtained())));
        lines.add(new BudgetLine(Kind.OWN_FUNDS, null, budget.ownFunds(), null));
        budget.inKind().forEach(c -> lines.add(new BudgetLine(Kind.IN_KIND, c.description(), c.amount(), null)));
        return lines;
    }

    /** The budget these lines make; none when there are none. */
    static Optional<Budget> budget(List<BudgetLine> lines) {
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Budget(
                lines.stream()
                        .filter(line -> line.kind() == Kind.EXPENSE)
                        .map(line -> new Budget.Expense(line.label(), line.amount()))
                        .toList(),
                sum(lines, Kind.OTHER_EXPENSES),
                sum(lines, Kind.ASKED),
                lines.stream()
                        .filter(line -> line.kind() == Kind.FUNDER)
                        .map(line ->
                                new Budget.Funder(line.label(), line.amount(), Boolean.TRUE.equals(line.obtained())))
                        .toList(),
                sum(lines, Kind.OWN_FUNDS),
                lines.stream()
                        .filter(line -> line.kind() == Kind.IN_KIND)
                        .map(line -> new Budget.InKind(line.label(), line.amount()))
                        .toList()));
    }

    private static long sum(List<BudgetLine> lines, Kind kind) {
        return lines.stream()
                .filter(line -> line.kind() == kind)
                .mapToLong(BudgetLine::amount)
                .sum();
    }
}
