package org.constellation.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A call's envelope: what is left once its awards are taken, and which award still fits in it. */
class EnvelopeTest {

    @Test
    void whatIsLeftIsTheEnvelopeLessItsAwards() {
        Envelope none = new Envelope(3_000_000, 0);
        assertThat(none.left()).isEqualTo(3_000_000);

        Envelope two = new Envelope(3_000_000, 1_200_000 + 1_000_000);
        assertThat(two.left()).isEqualTo(800_000);
    }

    @Test
    void anAwardFitsUpToWhatIsLeftToTheCentAndNoFurther() {
        Envelope envelope = new Envelope(3_000_000, 2_200_000);

        assertThat(envelope.allows(800_000)).isTrue();
        assertThat(envelope.allows(799_999)).isTrue();
        assertThat(envelope.allows(800_001)).isFalse();
        assertThat(envelope.allows(1_000_000)).as("the third project's ask").isFalse();
    }

    @Test
    void anEnvelopeFullyAwardedLeavesNothing() {
        Envelope spent = new Envelope(3_000_000, 3_000_000);

        assertThat(spent.left()).isZero();
        assertThat(spent.allows(1)).isFalse();
        assertThat(spent.allows(0)).as("nothing more").isTrue();
    }

    @Test
    void anEnvelopeLoweredBelowItsAwardsLeavesNothingRatherThanLessThanNothing() {
        Envelope lowered = new Envelope(2_000_000, 2_200_000);

        assertThat(lowered.left()).isZero();
        assertThat(lowered.allows(1)).isFalse();
    }
}
