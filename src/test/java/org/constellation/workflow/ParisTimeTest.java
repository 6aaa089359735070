package org.constellation.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class ParisTimeTest {

    final ParisTime paris = new ParisTime();

    @Test
    void aStoredMomentShowsInParisTimeSummerAndWinter() {
        assertThat(paris.format(OffsetDateTime.parse("2027-10-12T18:00:00Z"), "dd/MM/yyyy HH:mm"))
                .isEqualTo("12/10/2027 20:00");
        assertThat(paris.format(OffsetDateTime.parse("2028-01-26T13:00:00Z"), "dd/MM/yyyy HH:mm"))
                .isEqualTo("26/01/2028 14:00");
        assertThat(paris.format(null, "dd/MM/yyyy HH:mm")).isEmpty();
    }
}
