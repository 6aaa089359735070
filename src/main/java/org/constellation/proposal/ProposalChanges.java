package org.constellation.proposal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.constellation.call.Call;
import org.constellation.funding.Amounts;
import org.constellation.funding.Budget;

/**
 * What a correction changed, answer by answer, in the team's words: « Commune : Meylan → Chambéry ». Labels and choices
 * are the submission form's (the call's own for themes and bonus criteria); long texts and contact details are said to
 * have changed without being quoted, as the lines reach the engine's history.
 */
final class ProposalChanges {

    private static final Set<String> NOT_SHOWN = Set.of(ProposalSubmission.CALL_SLUG.name());
    private static final Set<String> NOT_QUOTED = Set.of(
            ProposalSubmission.CONTACT_NAME.name(),
            ProposalSubmission.CONTACT_EMAIL.name(),
            ProposalSubmission.CONTACT_PHONE.name(),
            ProposalSubmission.SUMMARY.name(),
            ProposalSubmission.DESCRIPTION.name(),
            ProposalSubmission.OFFER_DESCRIPTION.name());

    private ProposalChanges() {}

    static List<String> between(ProposalSubmission before, ProposalSubmission after, Call call) {
        Map<String, Object> was = before.asFormValues();
        Map<String, Object> is = after.asFormValues();
        List<String> lines = new ArrayList<>();
        for (String key : ProposalSubmission.FIELDS) {
            if (NOT_SHOWN.contains(key) || same(was.get(key), is.get(key))) {
                continue;
            }
            String label = ProposalSheet.label(key);
            lines.add(
                    NOT_QUOTED.contains(key)
                            ? label + " : modifié"
                            : label + " : " + written(key, was.get(key), call) + " → "
                                    + written(key, is.get(key), call));
        }
        charter(before, after, call, lines);
        budget(before.budget(), after.budget(), call, lines);
        return lines;
    }

    /**
     * A funding call's budget: each amount that moved, by its category, before → after; the SIRET, the other funders
     * and the contributions in kind said to have changed, not quoted (a sole trader's SIRET is theirs, a contribution's
     * words are the holder's).
     */
    private static void budget(BudgetAnswers before, BudgetAnswers after, Call call, List<String> lines) {
        if (!call.funds() || after == null || Objects.equals(before, after)) {
            return;
        }
        if (before == null) {
            lines.add("Budget prévisionnel : donné");
            return;
        }
        if (!same(before.siret(), after.siret())) {
            lines.add("SIRET : modifié");
        }
        Budget was = before.read(call.getFundingCategories());
        Budget is = after.read(call.getFundingCategories());
        for (int i = 0; i < was.expenses().size(); i++) {
            String category = "Dépense « " + was.expenses().get(i).category() + " »";
            amount(
                    category,
                    was.expenses().get(i).amount(),
                    is.expenses().get(i).amount(),
                    lines);
        }
        amount("Autres dépenses", was.otherExpenses(), is.otherExpenses(), lines);
        amount("Montant demandé à l’appel", was.asked(), is.asked(), lines);
        if (!was.funders().equals(is.funders())) {
            lines.add("Autres financeurs publics : modifiés");
        }
        amount("Fonds propres", was.ownFunds(), is.ownFunds(), lines);
        if (!was.inKind().equals(is.inKind())) {
            lines.add("Contributions en nature : modifiées");
        }
    }

    /** An amount of the budget that moved, « 12 000 € → 15 000 € ». */
    private static void amount(String label, long was, long is, List<String> lines) {
        if (was != is) {
            lines.add(label + " : " + Amounts.written(was, Locale.FRENCH) + " → " + Amounts.written(is, Locale.FRENCH));
        }
    }

    /** A commitment of the charter accepted or refused now, and how it is kept said to have changed, not quoted. */
    private static void charter(ProposalSubmission before, ProposalSubmission after, Call call, List<String> lines) {
        for (int i = 0; i < call.getLabelCommitments().size() && call.labels(); i++) {
            ProposalSubmission.Answer was = answer(before, i);
            ProposalSubmission.Answer is = answer(after, i);
            String label = "Engagement « " + call.getLabelCommitments().get(i).label() + " »";
            if (!Objects.equals(was.answer(), is.answer())) {
                lines.add(label + " : " + agreed(was) + " → " + agreed(is));
            }
            if (!same(was.how(), is.how())) {
                lines.add(label + ", comment : modifié");
            }
        }
    }

    private static ProposalSubmission.Answer answer(ProposalSubmission submission, int position) {
        return position < submission.commitments().size()
                ? submission.commitments().get(position)
                : new ProposalSubmission.Answer(null, null);
    }

    private static String agreed(ProposalSubmission.Answer answer) {
        if (answer.answer() == null) {
            return "non renseigné";
        }
        return answer.accepted() ? "accepté" : "refusé";
    }

    private static boolean same(Object a, Object b) {
        return Objects.equals(ProposalSheet.normalised(a), ProposalSheet.normalised(b));
    }

    private static String written(String key, Object value, Call call) {
        return ProposalSheet.unanswered(value) ? "non renseigné" : ProposalSheet.written(key, value, call);
    }
}
