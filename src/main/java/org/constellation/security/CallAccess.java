package org.constellation.security;

import java.util.Collection;

/**
 * Which calls a member of the team serves: coordinators every call, a reviewer the calls whose reviewers' group they
 * are in. Pages, the start form and the engine's history follow the same rule.
 */
public final class CallAccess {

    private CallAccess() {}

    public static boolean serves(Collection<String> groups, String reviewerGroup) {
        return groups.contains(StaffAccessSetup.COORDINATORS) || groups.contains(reviewerGroup);
    }
}
