package org.constellation.label;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.constellation.call.LabelCommitment;
import org.constellation.call.LabelCommitment.CheckedBy;
import org.constellation.proposal.CommitmentAnswer;
import org.junit.jupiter.api.Test;

/** A labelling call's charter against the applicant's answers: what fails, what passes, what the reviewer decides. */
class CharterTest {

    static final List<LabelCommitment> CHARTER = List.of(
            new LabelCommitment("Gratuit", CheckedBy.FORM),
            new LabelCommitment("Ouvert à tous", CheckedBy.FORM),
            new LabelCommitment("Pendant la Fête de la Science", CheckedBy.REVIEWER),
            new LabelCommitment("Un scientifique présent", CheckedBy.REVIEWER));

    static CommitmentAnswer taken(String commitment, String how) {
        return new CommitmentAnswer(commitment, true, how);
    }

    @Test
    void aCommitmentTheFormChecksPassesOnceTakenTheReviewersIsTheirsToJudge() {
        List<Charter.Assessed> assessed = Charter.assess(
                CHARTER,
                List.of(
                        taken("Gratuit", "Entrée libre"),
                        taken("Ouvert à tous", "Sans inscription"),
                        taken("Pendant la Fête de la Science", "Le 10 octobre"),
                        taken("Un scientifique présent", "Une astronome du laboratoire")));
        assertThat(assessed)
                .extracting(Charter.Assessed::result)
                .containsExactly(Charter.Result.PASS, Charter.Result.PASS, Charter.Result.CHECK, Charter.Result.CHECK);
        assertThat(assessed)
                .extracting(Charter.Assessed::commitment)
                .containsExactly(
                        "Gratuit", "Ouvert à tous", "Pendant la Fête de la Science", "Un scientifique présent");
        assertThat(assessed.get(2).explanationFr()).contains("la personne qui instruit vérifie");
    }

    /** One commitment refused, whoever checks it, and the event cannot be labelled: told why in both languages. */
    @Test
    void aCommitmentRefusedFailsWhoeverChecksIt() {
        List<Charter.Assessed> assessed = Charter.assess(
                CHARTER,
                List.of(
                        taken("Gratuit", "Entrée libre"),
                        new CommitmentAnswer("Ouvert à tous", false, null),
                        taken("Pendant la Fête de la Science", "Le 10 octobre"),
                        new CommitmentAnswer("Un scientifique présent", false, "Pas cette année")));
        assertThat(assessed)
                .extracting(Charter.Assessed::result)
                .containsExactly(Charter.Result.PASS, Charter.Result.FAIL, Charter.Result.CHECK, Charter.Result.FAIL);
        assertThat(assessed.get(1).explanationFr()).contains("n'a pas été accepté", "ne peut pas recevoir le label");
        assertThat(assessed.get(1).explanationEn()).contains("was not accepted", "cannot receive the label");
    }

    /** A proposal registered in Tasklist answered nothing: each commitment is checked with the holder. */
    @Test
    void noAnswerIsCheckedWithTheHolder() {
        assertThat(Charter.assess(CHARTER, List.of()))
                .extracting(Charter.Assessed::result)
                .containsOnly(Charter.Result.CHECK);
        assertThat(Charter.assess(CHARTER, List.of()).get(0).explanationFr()).contains("n'a pas répondu");
    }

    /** The charter changed after the holder answered: what they took is not what is asked now. */
    @Test
    void aCommitmentWhoseWordsChangedIsCheckedWithTheHolder() {
        List<Charter.Assessed> assessed = Charter.assess(
                List.of(new LabelCommitment("Gratuit pour tous", CheckedBy.FORM)),
                List.of(taken("Gratuit", "Entrée libre")));
        assertThat(assessed.get(0).result()).isEqualTo(Charter.Result.CHECK);
        assertThat(assessed.get(0).explanationFr()).contains("« Gratuit »");
    }

    @Test
    void aCallWithoutCharterHasNothingToAssess() {
        assertThat(Charter.assess(List.of(), List.of(taken("Gratuit", "Entrée libre"))))
                .isEmpty();
    }
}
