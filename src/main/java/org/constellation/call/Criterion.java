package org.constellation.call;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A criterion of a call: mandatory ones decide eligibility, bonus ones only give priority. */
@Embeddable
public record Criterion(@Enumerated(EnumType.STRING) Kind kind, String code, String label) {

    public enum Kind {
        MANDATORY,
        BONUS
    }
}
