package org.constellation.label;

import java.util.ArrayList;
import java.util.List;
import org.constellation.call.LabelCommitment;
import org.constellation.proposal.CommitmentAnswer;

/**
 * A labelling call's charter read against an applicant's answers (issue 31; plain rules, {@code CharterTest}): the
 * eligibility of a labelling call is its charter, each commitment a mandatory criterion of the check. A commitment not
 * accepted fails, and the event cannot be labelled; one the form checks is met once accepted; one the reviewer checks
 * is theirs to judge from the applicant's answer. A commitment left unanswered (a proposal registered in Tasklist), or
 * whose words changed since the applicant answered, is checked with the holder.
 */
public final class Charter {

    /** What the charter finds: the words of eligibility's automatic results (eligibility.Criteria). */
    public enum Result {
        PASS,
        FAIL,
        CHECK
    }

    /** One commitment as found, at its place in the charter (from 0), explained in French and English. */
    public record Assessed(
            int position, String commitment, Result result, String explanationFr, String explanationEn) {}

    private Charter() {}

    public static List<Assessed> assess(List<LabelCommitment> charter, List<CommitmentAnswer> answers) {
        List<Assessed> assessed = new ArrayList<>();
        for (int i = 0; i < charter.size(); i++) {
            LabelCommitment commitment = charter.get(i);
            CommitmentAnswer answer = i < answers.size() ? answers.get(i) : null;
            assessed.add(assess(i, commitment, answer));
        }
        return assessed;
    }

    private static Assessed assess(int position, LabelCommitment commitment, CommitmentAnswer answer) {
        String words = commitment.label();
        if (answer == null) {
            return new Assessed(
                    position,
                    words,
                    Result.CHECK,
                    "Le porteur n'a pas répondu à cet engagement sur le formulaire : à vérifier avec lui.",
                    "The holder did not answer this commitment on the form: to be checked with them.");
        }
        if (!answer.commitment().equals(words)) {
            return new Assessed(
                    position,
                    words,
                    Result.CHECK,
                    "L'engagement a changé depuis la réponse du porteur, qui portait sur « " + answer.commitment()
                            + " » : à vérifier avec lui.",
                    "The commitment changed since the holder answered \"" + answer.commitment()
                            + "\": to be checked with them.");
        }
        if (!answer.accepted()) {
            return new Assessed(
                    position,
                    words,
                    Result.FAIL,
                    "Cet engagement de la charte n'a pas été accepté sur le formulaire : l'événement ne peut pas"
                            + " recevoir le label.",
                    "This commitment of the charter was not accepted on the form: the event cannot receive the"
                            + " label.");
        }
        return commitment.checkedBy() == LabelCommitment.CheckedBy.FORM
                ? new Assessed(
                        position,
                        words,
                        Result.PASS,
                        "Engagement accepté sur le formulaire.",
                        "Commitment accepted on the form.")
                : new Assessed(
                        position,
                        words,
                        Result.CHECK,
                        "Engagement accepté sur le formulaire : la personne qui instruit vérifie qu'il est tenu, d'après"
                                + " la réponse du porteur.",
                        "Commitment accepted on the form: the reviewer checks that it is kept, from the holder's"
                                + " answer.");
    }
}
