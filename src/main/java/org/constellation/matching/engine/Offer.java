package org.constellation.matching.engine;

/**
 * One thing a proposal offers; {@code capacity} is the number of people a room, class or audience holds (0 when it does
 * not apply or is not known).
 */
public record Offer(Resource resource, int capacity) {

    public Offer {
        if (resource == null || capacity < 0) {
            throw new IllegalArgumentException("An offer needs a resource and a capacity of at least 0");
        }
    }
}
