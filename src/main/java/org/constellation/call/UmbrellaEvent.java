package org.constellation.call;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** An event a proposal may be part of (Fête de la Science...), with its dates when the call gives them. */
@Embeddable
public record UmbrellaEvent(@Column(name = "name") String name, LocalDate startsOn, LocalDate endsOn) {

    public UmbrellaEvent(String name) {
        this(name, null, null);
    }
}
