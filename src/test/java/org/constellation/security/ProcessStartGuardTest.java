package org.constellation.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProcessStartGuardTest {

    static final Set<String> FORM = Set.of("callSlug", "title", "themes");

    @Test
    void aStartFormTakesItsFieldsAndNothingElse() {
        assertThat(ProcessStartGuard.startFormRefusal(FORM, null, List.of("callSlug", "title")))
                .isEmpty();
        assertThat(ProcessStartGuard.startFormRefusal(FORM, "", List.of())).isEmpty();
        assertThat(ProcessStartGuard.startFormRefusal(FORM, null, List.of("title", "proposalId", "callId")))
                .hasValueSatisfying(reason -> assertThat(reason)
                        .contains("« callId », « proposalId »")
                        .doesNotContain("« title »"));
    }

    @Test
    void theReferenceIsConstellationsAndAProcessWithoutAFormIsItsOwn() {
        assertThat(ProcessStartGuard.startFormRefusal(FORM, "P-CHOISIE", List.of("title")))
                .hasValue(ProcessStartGuard.BUSINESS_KEY_REFUSED);
        assertThat(ProcessStartGuard.startFormRefusal(null, null, List.of())).hasValue(ProcessStartGuard.NO_START_FORM);
    }
}
