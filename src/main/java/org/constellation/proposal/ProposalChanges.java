package org.constellation.proposal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.constellation.call.Call;

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
        return lines;
    }

    private static boolean same(Object a, Object b) {
        return Objects.equals(ProposalSheet.normalised(a), ProposalSheet.normalised(b));
    }

    private static String written(String key, Object value, Call call) {
        return ProposalSheet.unanswered(value) ? "non renseigné" : ProposalSheet.written(key, value, call);
    }
}
