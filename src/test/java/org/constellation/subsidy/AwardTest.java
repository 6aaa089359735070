package org.constellation.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.constellation.call.Funding;
import org.junit.jupiter.api.Test;

/** An award's reference, whether it asks for an agreement, and its advance. */
class AwardTest {

    static Award award(long amount, long asked) {
        return new Award(
                7L,
                3L,
                amount,
                asked,
                null,
                null,
                "coordinator",
                OffsetDateTime.parse("2027-03-12T10:00:00+01:00"),
                "SUB-2027-0007");
    }

    @Test
    void theReferenceIsTheSeasonsYearAndANumberOnFourDigitsAtLeast() {
        assertThat(Award.reference(2027, 7)).isEqualTo("SUB-2027-0007");
        assertThat(Award.reference(2028, 1234)).isEqualTo("SUB-2028-1234");
        assertThat(Award.reference(2028, 12_345)).isEqualTo("SUB-2028-12345");
    }

    @Test
    void anAgreementIsNeededAboveTheThresholdNotAtIt() {
        long threshold = Funding.AGREEMENT_THRESHOLD;

        assertThat(award(threshold, threshold).needsAgreement(threshold, false)).isFalse();
        assertThat(award(threshold + 1, threshold + 1).needsAgreement(threshold, false))
                .isTrue();
        assertThat(award(800_000, 1_000_000).needsAgreement(threshold, false)).isFalse();
    }

    @Test
    void aCallMayAskAnAgreementOfEveryAward() {
        assertThat(award(100, 100).needsAgreement(Funding.AGREEMENT_THRESHOLD, true))
                .isTrue();
    }

    @Test
    void theAdvanceIsTheCallsShareOfTheAwardToTheCentBelow() {
        assertThat(award(800_000, 1_000_000).advance(50)).isEqualTo(400_000);
        assertThat(award(333_333, 333_333).advance(30)).isEqualTo(99_999);
        assertThat(award(800_000, 800_000).advance(0)).isZero();
    }

    @Test
    void anAwardBelowTheAskIsLessThanAsked() {
        assertThat(award(800_000, 1_000_000).isLessThanAsked()).isTrue();
        assertThat(award(1_000_000, 1_000_000).isLessThanAsked()).isFalse();
    }
}
