package org.constellation.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.constellation.eligibility.Criteria;
import org.constellation.eligibility.DecisionHistory;
import org.constellation.eligibility.EligibilityOutcome;
import org.junit.jupiter.api.Test;

/** The committee export's words and its queries' sizes; the whole export is read back in CoordinationIT. */
class CaseExportTest {

    @Test
    void verdictsAndDecisionsAreInWords() {
        assertThat(Criteria.word(Criteria.PASS)).isEqualTo("Rempli");
        assertThat(Criteria.word(Criteria.FAIL)).isEqualTo("Non rempli");
        assertThat(Criteria.word(Criteria.CHECK)).isEqualTo("À vérifier");
        assertThat(Criteria.word(null)).as("no verdict yet").isEqualTo("À vérifier");
        assertThat(CaseExport.capitalised(DecisionHistory.outcome(EligibilityOutcome.INELIGIBLE)))
                .isEqualTo("Non éligible");
        assertThat(CaseExport.capitalised(DecisionHistory.outcome(EligibilityOutcome.ELIGIBLE)))
                .isEqualTo("Éligible");
    }

    @Test
    void theProposalsAreAskedForAThousandAtATime() {
        List<Long> ids = LongStream.rangeClosed(1, 2_500).boxed().toList();
        assertThat(CaseExport.chunks(ids).stream().map(List::size).toList()).containsExactly(1_000, 1_000, 500);
        assertThat(CaseExport.chunks(ids).get(2)).startsWith(2_001L).endsWith(2_500L);
        assertThat(CaseExport.chunks(List.of())).as("no query for no case").isEmpty();
    }
}
