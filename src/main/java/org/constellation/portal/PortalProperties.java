package org.constellation.portal;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the public portal (constellation.portal.*).
 *
 * @param signingKey signs the one-time form keys; every node of a cluster needs the same one. Empty: a random key per
 *     start, so forms shown before a restart must be sent again (the applicant keeps what they typed).
 * @param requireSigningKey refuse to start without a signing key of 32 characters or more: the production profile sets
 *     it, since a node with a random key refuses every form another node showed
 * @param minimumFillTime a form sent back sooner than this was filled by a robot (WEB-10)
 * @param formKeyLifetime how long a form shown stays valid
 * @param rateLimits requests allowed per period, per limit (WEB-05, WEB-07, WEB-09)
 */
@ConfigurationProperties("constellation.portal")
public record PortalProperties(
        String signingKey,
        boolean requireSigningKey,
        Duration minimumFillTime,
        Duration formKeyLifetime,
        Map<RateLimits.Limit, Rate> rateLimits) {

    public record Rate(int requests, Duration per) {}
}
