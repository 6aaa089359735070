package org.constellation.proposal;

import java.math.BigDecimal;
import java.util.List;
import org.constellation.funding.Amounts;
import org.constellation.funding.Budget;
import org.springframework.stereotype.Component;

/**
 * A funding call's proposal (issue 32): its forecast budget and its organisation's SIRET in the holder's export,
 * amounts in euros as a file keeps them (30000.50). The case page and the committee's page read the budget on the
 * proposal.
 */
@Component
public class BudgetRecords implements ProposalRecords {

    /** The budget as its holder reads it in their data, with its totals. */
    public record Held(
            String siret,
            List<Expense> expenses,
            BigDecimal otherExpenses,
            BigDecimal asked,
            List<Funder> funders,
            BigDecimal ownFunds,
            List<InKind> inKind,
            BigDecimal totalExpenses,
            BigDecimal totalResources) {}

    public record Expense(String category, BigDecimal amount) {}

    public record Funder(String name, BigDecimal amount, boolean obtained) {}

    public record InKind(String description, BigDecimal amount) {}

    public static final HolderParts.Key<Held> BUDGET = new HolderParts.Key<>("budget");

    @Override
    public void addTo(HolderParts parts, Proposal proposal) {
        proposal.forecastBudget()
                .ifPresent(budget ->
                        parts.put(BUDGET, held(proposal.getOrganisation().getSiret(), budget)));
    }

    private static Held held(String siret, Budget budget) {
        return new Held(
                siret,
                budget.expenses().stream()
                        .map(e -> new Expense(e.category(), Amounts.euros(e.amount())))
                        .toList(),
                Amounts.euros(budget.otherExpenses()),
                Amounts.euros(budget.asked()),
                budget.funders().stream()
                        .map(f -> new Funder(f.name(), Amounts.euros(f.amount()), f.obtained()))
                        .toList(),
                Amounts.euros(budget.ownFunds()),
                budget.inKind().stream()
                        .map(c -> new InKind(c.description(), Amounts.euros(c.amount())))
                        .toList(),
                Amounts.euros(budget.totalExpenses()),
                Amounts.euros(budget.totalResources()));
    }
}
