package org.constellation.call;

import jakarta.persistence.Embeddable;

/** A criterion of a jury's grid, in words, with its weight in the expert's total. */
@Embeddable
public record JuryCriterion(String label, int weight) {}
