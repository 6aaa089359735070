package org.constellation.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constellation.security.TaskOwnership.refusal;

import org.constellation.security.TaskOwnership.Action;
import org.junit.jupiter.api.Test;

class TaskOwnershipTest {

    @Test
    void aReviewerWorksOnlyOnATaskTheyHold() {
        assertThat(refusal("anna", false, "anna", Action.WORK, null)).isEmpty();
        assertThat(refusal("anna", false, "bruno", Action.WORK, null))
                .hasValueSatisfying(reason -> assertThat(reason).contains("seule la coordination"));
        assertThat(refusal("anna", false, null, Action.WORK, null))
                .hasValueSatisfying(reason -> assertThat(reason).contains("Prenez d'abord"));
    }

    @Test
    void aReviewerTakesAFreeTaskForThemselvesAndGivesTheirOwnBack() {
        assertThat(refusal("anna", false, null, Action.CLAIM, "anna")).isEmpty();
        assertThat(refusal("anna", false, null, Action.ASSIGN, "anna")).isEmpty();
        assertThat(refusal("anna", false, "anna", Action.ASSIGN, null)).isEmpty();
        assertThat(refusal("anna", false, null, Action.CLAIM, "bruno")).isPresent();
        assertThat(refusal("anna", false, "bruno", Action.CLAIM, "anna")).isPresent();
        assertThat(refusal("anna", false, "bruno", Action.ASSIGN, "anna")).isPresent();
        assertThat(refusal("anna", false, "bruno", Action.ASSIGN, null)).isPresent();
        assertThat(refusal("anna", false, "anna", Action.ASSIGN, "bruno")).isPresent();
    }

    @Test
    void onlyCoordinatorsReassignAndTheEngineItselfIsNotAPerson() {
        assertThat(refusal("anna", false, "anna", Action.REASSIGN, "bruno")).isPresent();
        assertThat(refusal("claire", true, "bruno", Action.ASSIGN, "anna")).isEmpty();
        assertThat(refusal("claire", true, "bruno", Action.WORK, null)).isEmpty();
        assertThat(refusal("claire", true, "bruno", Action.REASSIGN, null)).isEmpty();
        assertThat(refusal(null, false, "bruno", Action.WORK, null)).isEmpty();
    }
}
