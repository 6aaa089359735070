package org.constellation.call;

import jakarta.persistence.Embeddable;

/** A commune of a call's territory, identified by its INSEE code. */
@Embeddable
public record Commune(String inseeCode, String name) {}
