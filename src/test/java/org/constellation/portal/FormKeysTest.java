package org.constellation.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FormKeysTest {

    static final Instant SHOWN = Instant.parse("2026-11-23T10:00:00Z");

    static FormKeys keysAt(Instant now, String signingKey) {
        return new FormKeys(
                Clock.fixed(now, ZoneOffset.UTC),
                new PortalProperties(signingKey, false, Duration.ofSeconds(3), Duration.ofDays(1), Map.of()));
    }

    @Test
    void aFormSentBackInTimeIsValidTooSoonIsARobotTooLateHasExpired() {
        String key = keysAt(SHOWN, "secret").issue("appel");
        assertThat(keysAt(SHOWN.plusSeconds(1), "secret").check(key, "appel")).isEqualTo(FormKeys.Verdict.TOO_FAST);
        assertThat(keysAt(SHOWN.plusSeconds(3), "secret").check(key, "appel")).isEqualTo(FormKeys.Verdict.VALID);
        assertThat(keysAt(SHOWN.plus(Duration.ofHours(23)), "secret").check(key, "appel"))
                .isEqualTo(FormKeys.Verdict.VALID);
        assertThat(keysAt(SHOWN.plus(Duration.ofHours(25)), "secret").check(key, "appel"))
                .isEqualTo(FormKeys.Verdict.EXPIRED);
    }

    @Test
    void aKeyIsBoundToItsCallAndToTheSigningKeyAndCannotBeForged() {
        FormKeys later = keysAt(SHOWN.plusSeconds(10), "secret");
        String key = keysAt(SHOWN, "secret").issue("appel");
        assertThat(later.check(key, "autre-appel")).isEqualTo(FormKeys.Verdict.INVALID);
        assertThat(keysAt(SHOWN.plusSeconds(10), "other").check(key, "appel")).isEqualTo(FormKeys.Verdict.INVALID);
        String[] parts = key.split("\\.");
        String older = "AAAAAAAAAAA." + parts[1] + "." + parts[2];
        assertThat(later.check(older, "appel")).isEqualTo(FormKeys.Verdict.INVALID);
        for (String junk : new String[] {null, "", "a.b", "a.b.c", "..", "!!.??.%%", key + ".x", "x".repeat(500)}) {
            assertThat(later.check(junk, "appel")).as(junk).isEqualTo(FormKeys.Verdict.INVALID);
        }
    }

    @Test
    void everyFormShownHasItsOwnKey() {
        FormKeys keys = keysAt(SHOWN, "");
        Set<String> unique = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            unique.add(FormKeys.uniquePart(keys.issue("appel")));
        }
        assertThat(unique).hasSize(10_000);
    }

    @Test
    void whereASigningKeyIsRequiredNoneOrAShortOneStopsTheStart() {
        for (String weak : new String[] {null, "", "too-short"}) {
            assertThatThrownBy(() -> new FormKeys(
                            Clock.systemUTC(),
                            new PortalProperties(weak, true, Duration.ofSeconds(3), Duration.ofDays(1), Map.of())))
                    .as(String.valueOf(weak))
                    .hasMessageContaining("CONSTELLATION_SIGNING_KEY");
        }
        new FormKeys(
                Clock.systemUTC(),
                new PortalProperties("k".repeat(32), true, Duration.ofSeconds(3), Duration.ofDays(1), Map.of()));
    }
}
