package org.constellation.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PriorityWordsTest {

    /** The priority table's values (priority.dmn): an intention, a contribution, a project, and with bonuses. */
    @Test
    void thePriorityTablesValuesReadAsWords() {
        assertThat(PriorityWords.of(35)).isEqualTo("priorité basse");
        assertThat(PriorityWords.of(45)).isEqualTo("priorité normale");
        assertThat(PriorityWords.of(50)).isEqualTo("priorité normale");
        assertThat(PriorityWords.of(65)).isEqualTo("priorité haute");
        assertThat(PriorityWords.of(95)).isEqualTo("priorité haute");
        assertThat(PriorityWords.of(null)).isEmpty();
    }
}
