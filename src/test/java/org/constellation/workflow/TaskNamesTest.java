package org.constellation.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaskNamesTest {

    @Test
    void aTaskSaysWhichProposalOrCallItIsAbout() {
        assertThat(TaskNames.readable("Préparer la fiche programme", "P-2027-0012", "Contes de la forêt", "Appel"))
                .isEqualTo("Préparer la fiche programme · P-2027-0012 · Contes de la forêt");
        assertThat(TaskNames.readable("Organiser le forum des projets", null, null, "Environnement et biodiversité"))
                .isEqualTo("Organiser le forum des projets · Environnement et biodiversité");
        assertThat(TaskNames.readable("Tâche", null, null, null)).isEqualTo("Tâche");
    }

    @Test
    void aLongTitleIsCutToWhatTheEngineKeepsAndTheStepIsFoundAgain() {
        String name = TaskNames.readable("Vérifier l'éligibilité", "P-2027-0001", "x".repeat(300), null);
        assertThat(name).hasSize(255).endsWith("…");
        assertThat(TaskNames.step(name)).isEqualTo("Vérifier l'éligibilité");
        assertThat(TaskNames.step("Vérifier l'éligibilité")).isEqualTo("Vérifier l'éligibilité");
    }
}
