package org.constellation.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CallTest {

    @Test
    void aCallOpensAtMidnightInParisWhateverTheClocksOffset() {
        Call call = new Call(
                "nuit", new Season("s", "Saison", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)), "Nuit");
        call.setStatus(CallStatus.OPEN);
        call.setOpensOn(LocalDate.of(2026, 12, 2));
        call.setDeadline(OffsetDateTime.parse("2027-01-15T23:59+01:00"));
        // 23:30 UTC on the 1st is 00:30 on the 2nd in Paris: the call is open there (seen failing until 01:00 Paris).
        assertThat(call.acceptsSubmissionsAt(OffsetDateTime.parse("2026-12-01T23:30Z")))
                .isTrue();
        assertThat(call.acceptsSubmissionsAt(OffsetDateTime.parse("2026-12-01T22:30Z")))
                .isFalse();
        assertThat(call.acceptsSubmissionsAt(OffsetDateTime.parse("2027-01-15T23:00Z")))
                .isFalse();
    }

    /** A draft never opened read « version 4 »: its changes make no version, the first is the one it opens with. */
    @Test
    void rulesVersionsCountFromTheOpening() {
        Call call = new Call(
                "brouillon",
                new Season("s", "Saison", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)),
                "Brouillon");
        call.newRulesVersion();
        call.newRulesVersion();
        assertThat(call.getRulesVersion()).isEqualTo(1);
        call.setStatus(CallStatus.SCHEDULED);
        call.newRulesVersion();
        assertThat(call.getRulesVersion()).isEqualTo(2);
    }

    /**
     * Issue 28: opened by coordinators before its opening day, the call is announced; a draft is nobody's but theirs.
     */
    @Test
    void aScheduledCallIsAnnouncedUntilItsOpeningDayInParisADraftIsNot() {
        Call call = new Call(
                "plus-tard",
                new Season("s", "Saison", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)),
                "Plus tard");
        call.setOpensOn(LocalDate.of(2027, 1, 15));
        assertThat(call.isAnnounced()).isFalse();
        assertThat(call.opensLater(OffsetDateTime.parse("2027-01-10T12:00Z")))
                .as("a draft opens on no day")
                .isFalse();
        call.setStatus(CallStatus.SCHEDULED);
        assertThat(call.isAnnounced()).isTrue();
        assertThat(call.isPublic()).isFalse();
        // 22:30 UTC on the 14th is still the 14th in Paris; 23:30 UTC is the 15th.
        assertThat(call.opensLater(OffsetDateTime.parse("2027-01-14T22:30Z"))).isTrue();
        assertThat(call.opensLater(OffsetDateTime.parse("2027-01-14T23:30Z"))).isFalse();
        call.setStatus(CallStatus.SUBMISSIONS_CLOSED);
        assertThat(call.opensLater(OffsetDateTime.parse("2027-01-10T12:00Z"))).isFalse();
    }

    /** What the forum page and a proposal reaching the forum ask, by name rather than by position in the enum. */
    @Test
    void theForumCountsAsHeldOnceItTookPlace() {
        assertThat(Arrays.stream(CallStatus.values()).filter(CallStatus::hasHeldForum))
                .containsExactly(CallStatus.FORUM_HELD, CallStatus.PROGRAMME_PUBLISHED);
    }
}
