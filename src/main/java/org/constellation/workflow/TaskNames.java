package org.constellation.workflow;

/**
 * A user task's name as Tasklist lists it: the step, then which proposal it is about (reference and title), or which
 * call, so that five "Préparer la fiche programme" tell themselves apart (issue 16). The step alone stays the model's
 * name, which Cockpit's diagram shows. The engine keeps a name in 255 characters: a long title is cut.
 */
public final class TaskNames {

    static final String SEPARATOR = " · ";
    private static final int LENGTH = 255;

    private TaskNames() {}

    public static String readable(String step, String reference, String title, String callTitle) {
        String about = reference != null ? reference + (title == null ? "" : SEPARATOR + title) : callTitle;
        if (about == null || about.isBlank()) {
            return step;
        }
        String name = step + SEPARATOR + about;
        return name.length() <= LENGTH ? name : name.substring(0, LENGTH - 1) + "…";
    }

    /** The step a readable name starts with. */
    public static String step(String name) {
        int end = name == null ? -1 : name.indexOf(SEPARATOR);
        return end < 0 ? name : name.substring(0, end);
    }
}
