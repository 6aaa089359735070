package org.constellation.call;

import jakarta.persistence.Embeddable;

/**
 * A commune of a call's territory, identified by its INSEE code, with its centre in degrees (WGS 84) when known: the
 * matching engine measures distances between communes with it.
 */
@Embeddable
public record Commune(String inseeCode, String name, Double latitude, Double longitude) {

    public Commune(String inseeCode, String name) {
        this(inseeCode, name, null, null);
    }

    public boolean isLocated() {
        return latitude != null && longitude != null;
    }
}
