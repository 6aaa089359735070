package org.constellation.programme;

import java.util.Arrays;
import java.util.Optional;

/** The impairments an event is arranged for, under OpenAgenda's {@code accessibility} codes. */
public enum Accessibility {
    HEARING("hi"),
    VISUAL("vi"),
    /** "Motor impairment": physical access (ramps, lifts, seating). */
    MOTOR("mi"),
    /** "Psychic impairment": mental health. */
    PSYCHIC("pi"),
    INTELLECTUAL("ii");

    private final String code;

    Accessibility(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Accessibility> ofCode(String code) {
        return Arrays.stream(values()).filter(value -> value.code.equals(code)).findFirst();
    }
}
