package org.constellation.workflow;

/**
 * A task's priority as people read it. The call's priority table gives 35 to an intention, 45 to a contribution, 50 to
 * a project (the engine's default for any other task), and 15 more per bonus criterion met: a bonus makes it high.
 */
public final class PriorityWords {

    /** The variable Tasklist's lists show as a column, beside the number the engine sorts by. */
    public static final ModelKey VARIABLE = ModelKey.shown("proposalPriorityWords", String.class);

    private PriorityWords() {}

    public static String of(Integer priority) {
        if (priority == null) {
            return "";
        }
        return priority >= 60 ? "priorité haute" : priority >= 45 ? "priorité normale" : "priorité basse";
    }
}
