package org.constellation.call;

import jakarta.persistence.Embeddable;

/** A theme of a call; proposals refer to it by its stable code. */
@Embeddable
public record CallTheme(String code, String label) {}
