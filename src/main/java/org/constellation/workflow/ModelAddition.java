package org.constellation.workflow;

/**
 * Listeners a capability adds to the models as the engine reads them, which the diagrams do not show: one Spring bean
 * per kind, applied by {@link ModelAdditions} in the order of {@link Kind}. docs/architecture.md lists what each
 * element gets, and ModelAdditionsTest keeps that table true. An addition looks its beans up when its listeners run (by
 * expression), so that the engine does not wait for them to start.
 */
public interface ModelAddition {

    /**
     * Every kind of addition, in the order the engine applies them (ADR 17). Bookkeeping, which keeps the task, our
     * tables and the token in step, is built in: it runs even when a Cockpit operation skips custom listeners. What
     * tells people is custom: a repair that skips custom listeners sends nothing.
     */
    enum Kind {
        FORM_CHECK(true),
        TASK_NAME(true),
        PROPOSAL_STATUS(true),
        CALL_STATUS(true),
        STAFF_NOTIFICATIONS(false);

        private final boolean builtIn;

        Kind(boolean builtIn) {
            this.builtIn = builtIn;
        }

        public boolean builtIn() {
            return builtIn;
        }
    }

    Kind kind();

    /** Adds this addition's listeners to a process the engine has just read, through {@code process}'s methods. */
    void addTo(ParsedProcess process);
}
