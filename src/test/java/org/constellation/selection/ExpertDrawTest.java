package org.constellation.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The draw's rule, and its replay from the recorded seed. */
class ExpertDrawTest {

    static ExpertDraw.Candidate expert(String id, int themes, long load, String exclusion) {
        return new ExpertDraw.Candidate(id, themes, load, exclusion);
    }

    @Test
    void leavesOutTheExcludedThenPrefersThemesThenTheLighterLoad() {
        List<ExpertDraw.Candidate> candidates = List.of(
                expert("ana", 2, 3, "même organisation que le porteur"),
                expert("bruno", 1, 0, null),
                expert("chloe", 2, 2, null),
                expert("david", 2, 1, null));
        assertThat(ExpertDraw.draw(candidates, 42).drawn()).isEqualTo("david");
    }

    @Test
    void theSeedDrawsAmongTheLevelOnesAndTheRecordReplaysToTheSameExpert() {
        List<ExpertDraw.Candidate> level =
                List.of(expert("ana", 1, 0, null), expert("bruno", 1, 0, null), expert("chloe", 1, 0, null));
        for (long seed = 0; seed < 50; seed++) {
            ExpertDraw.Record record = ExpertDraw.draw(level, seed);
            assertThat(ExpertDraw.replay(record)).contains(record.drawn());
            // The directory's order does not matter: the same seed draws the same expert.
            assertThat(ExpertDraw.draw(List.of(level.get(2), level.get(1), level.get(0)), seed)
                            .drawn())
                    .isEqualTo(record.drawn());
        }
        assertThat(java.util.stream.LongStream.range(0, 50)
                        .mapToObj(seed -> ExpertDraw.draw(level, seed).drawn())
                        .distinct())
                .hasSize(3);
    }

    @Test
    void nobodyLeftDrawsNobody() {
        assertThat(ExpertDraw.draw(List.of(expert("ana", 1, 0, "déjà désigné pour cette proposition")), 1)
                        .drawn())
                .isNull();
    }
}
