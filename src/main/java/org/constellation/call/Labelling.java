package org.constellation.call;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How a call labels events (issue 31, « appel à labellisation »): off, a call for participation as before; on, the
 * events that apply commit to the label's charter ({@link LabelCommitment}, the call's own list), and those found
 * eligible carry the label, its communication kit and an attestation. The switch and the charter are part of the call's
 * rules: a change after opening makes a new rules version.
 */
@Embeddable
public class Labelling {

    /** The most commitments a charter holds: the eligibility check has as many places for them. */
    public static final int MAX_COMMITMENTS = 12;

    @Column(name = "label_enabled")
    private boolean enabled;

    /** The label's name, as the programme and the attestation show it: « Made in Nouvelle-Aquitaine ». */
    @Column(name = "label_name")
    private String name;

    /** How a labelled event may use the label and its kit, in the team's words. */
    @Column(name = "label_usage_rules")
    private String usageRules;

    Labelling copy() {
        Labelling copy = new Labelling();
        copy.enabled = enabled;
        copy.name = name;
        copy.usageRules = usageRules;
        return copy;
    }

    /** Sets every choice at once, as the call's page sends them (checked before, by {@code CallForm}). */
    public void set(boolean enabled, String name, String usageRules) {
        this.enabled = enabled;
        this.name = name;
        this.usageRules = usageRules;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getName() {
        return name;
    }

    public String getUsageRules() {
        return usageRules;
    }
}
