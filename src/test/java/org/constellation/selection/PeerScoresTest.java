package org.constellation.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.List;
import org.constellation.call.Jury;
import org.junit.jupiter.api.Test;

/** An expert reads the others' scores only once they gave theirs, and only if the call says so. */
class PeerScoresTest {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2027-03-01T10:00:00+01:00");

    static ExpertAssignment seat(String expert, Long proposal) {
        return new ExpertAssignment(proposal, 1L, 1, expert, NOW, null, 7L, "{}");
    }

    static ExpertAssignment scored(String expert, Long proposal) {
        ExpertAssignment seat = seat(expert, proposal);
        seat.declare(ConflictKind.NONE, null, NOW);
        seat.score(List.of(new ExpertAssignment.Score(1, 4)), null, Recommendation.SELECT, NOW);
        return seat;
    }

    static Jury jury(boolean peersAfterOwn) {
        Jury jury = new Jury();
        jury.set(
                true,
                "experts",
                3,
                2,
                1,
                5,
                2,
                Jury.Aggregation.MEAN,
                BigDecimal.ONE,
                Jury.TieBreak.COMMITTEE,
                Period.ofDays(14),
                false,
                peersAfterOwn);
        return jury;
    }

    @Test
    void afterTheirOwnScoresTheExpertReadsThoseWhoScored() {
        ExpertAssignment own = scored("ana", 10L);
        ExpertAssignment scoredPeer = scored("bruno", 10L);
        ExpertAssignment stillReading = seat("chloe", 10L);
        stillReading.declare(ConflictKind.NONE, null, NOW);
        ExpertAssignment otherProposal = scored("david", 11L);

        assertThat(PeerScores.of(own, jury(true), List.of(own, scoredPeer, stillReading, otherProposal)))
                .containsExactly(scoredPeer);
    }

    @Test
    void nothingBeforeTheirOwnScoresNorWhenTheCallKeepsThemApartNorAfterADeport() {
        ExpertAssignment scoredPeer = scored("bruno", 10L);
        ExpertAssignment declared = seat("ana", 10L);
        declared.declare(ConflictKind.NONE, null, NOW);
        assertThat(PeerScores.of(declared, jury(true), List.of(declared, scoredPeer)))
                .isEmpty();

        ExpertAssignment own = scored("ana", 10L);
        assertThat(PeerScores.of(own, jury(false), List.of(own, scoredPeer))).isEmpty();

        ExpertAssignment withdrawn = seat("ana", 10L);
        withdrawn.declare(ConflictKind.PARTNER, null, NOW);
        assertThat(PeerScores.of(withdrawn, jury(true), List.of(withdrawn, scoredPeer)))
                .isEmpty();
    }
}
