package org.constellation.call;

import jakarta.persistence.Embeddable;

/** A theme of a call; proposals refer to it by its stable code. Its English label is optional. */
@Embeddable
public record CallTheme(String code, String label, String labelEn) {

    public CallTheme(String code, String label) {
        this(code, label, null);
    }
}
