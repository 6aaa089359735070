package org.constellation.proposal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.constellation.funding.Amounts;
import org.constellation.funding.Budget;

/**
 * A forecast budget as the portal's form posts it for a call that funds (issue 32), every value as typed and still to
 * be checked, blank as null: the organisation's SIRET, an amount for each of the call's categories of eligible
 * expenses, in their order, and for the other expenses; the amount asked of the call, other public funders (a name, an
 * amount, asked or obtained), own funds; contributions in kind (what is lent or given, and its value). The portal names
 * its fields here, as the server names its refusals.
 */
public record BudgetAnswers(
        String siret,
        List<String> expenses,
        String otherExpenses,
        String asked,
        List<FunderAnswer> funders,
        String ownFunds,
        List<InKindAnswer> inKind) {

    /** Another public funder as typed: its name, its amount, and {@link #ASKED} or {@link #OBTAINED}. */
    public record FunderAnswer(String name, String amount, String status) {

        public static final String ASKED = "ASKED";
        public static final String OBTAINED = "OBTAINED";
        /** The answers the form offers, in its order. */
        public static final List<String> STATUSES = List.of(ASKED, OBTAINED);

        boolean isBlank() {
            return name == null && amount == null && status == null;
        }
    }

    /** A contribution in kind as typed: what is lent or given, and its value. */
    public record InKindAnswer(String description, String amount) {

        boolean isBlank() {
            return description == null && amount == null;
        }
    }

    /** The most other funders and contributions in kind the form has rows for. */
    public static final int MAX_FUNDERS = 4;

    public static final int MAX_IN_KIND = 3;
    /** A funder's name, a contribution's words: one line. */
    public static final int LONGEST_NAME = 200;

    public static final int LONGEST_DESCRIPTION = 300;

    /** The portal's fields. */
    public static final String SIRET = "siret";

    public static final String OTHER_EXPENSES = "budgetOtherExpenses";
    public static final String ASKED = "budgetAsked";
    public static final String OWN_FUNDS = "budgetOwnFunds";
    /** Where the form says that the totals differ: the place of that refusal, not a field. */
    public static final String BALANCE = "budgetBalance";

    public BudgetAnswers {
        // Blank answers are null: lists that hold them.
        expenses = Collections.unmodifiableList(new ArrayList<>(expenses));
        funders = List.copyOf(funders);
        inKind = List.copyOf(inKind);
    }

    /** The field of the expense in the call's category at {@code position}, from 1. */
    public static String expenseField(int position) {
        return "budgetExpense" + position;
    }

    /** The fields of the other funder at {@code position}, from 1: its name, its amount, asked or obtained. */
    public static String funderNameField(int position) {
        return "budgetFunder" + position + "Name";
    }

    public static String funderAmountField(int position) {
        return "budgetFunder" + position + "Amount";
    }

    public static String funderStatusField(int position) {
        return "budgetFunder" + position + "Status";
    }

    /** The fields of the contribution in kind at {@code position}, from 1: what it is, its value. */
    public static String inKindDescriptionField(int position) {
        return "budgetInKind" + position + "Description";
    }

    public static String inKindAmountField(int position) {
        return "budgetInKind" + position + "Amount";
    }

    /** A budget as kept, as its form shows it again: amounts as typed in French, « 12 000,50 ». */
    static BudgetAnswers of(String siret, Budget budget) {
        return new BudgetAnswers(
                siret,
                budget.expenses().stream().map(e -> typed(e.amount())).toList(),
                typed(budget.otherExpenses()),
                typed(budget.asked()),
                budget.funders().stream()
                        .map(f -> new FunderAnswer(
                                f.name(), typed(f.amount()), f.obtained() ? FunderAnswer.OBTAINED : FunderAnswer.ASKED))
                        .toList(),
                typed(budget.ownFunds()),
                budget.inKind().stream()
                        .map(c -> new InKindAnswer(c.description(), typed(c.amount())))
                        .toList());
    }

    /** Last season's SIRET alone, for a new call's form: its budget is the new project's. */
    public BudgetAnswers siretOnly() {
        return new BudgetAnswers(siret, List.of(), null, null, List.of(), null, List.of());
    }

    /** The amount typed for the call's category at {@code index}, from 0; null when blank. */
    public String expense(int index) {
        return index < expenses.size() ? expenses.get(index) : null;
    }

    /**
     * The budget these answers make for a call's categories, once checked: a blank amount is nothing, a blank row of
     * funders or contributions in kind is none.
     */
    Budget read(List<String> categories) {
        List<Budget.Expense> spent = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            spent.add(new Budget.Expense(categories.get(i), cents(expense(i))));
        }
        return new Budget(
                spent,
                cents(otherExpenses),
                cents(asked),
                funders.stream()
                        .filter(f -> !f.isBlank())
                        .map(f -> new Budget.Funder(
                                f.name(), cents(f.amount()), FunderAnswer.OBTAINED.equals(f.status())))
                        .toList(),
                cents(ownFunds),
                inKind.stream()
                        .filter(c -> !c.isBlank())
                        .map(c -> new Budget.InKind(c.description(), cents(c.amount())))
                        .toList());
    }

    private static long cents(String typed) {
        return typed == null ? 0 : Amounts.read(typed).cents();
    }

    private static String typed(long cents) {
        return Amounts.typed(cents);
    }
}
