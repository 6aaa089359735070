package org.constellation.security;

import java.util.Optional;

/**
 * Who may do what with a task of the organising team. A reviewer works on a task only once it is theirs (claimed, or
 * assigned to them); they take an unassigned task for themselves and give their own back; coordinators (and
 * administrators) reassign, delegate and change candidates. The engine's own authorizations only say whether a group
 * may touch a task at all: a candidate group keeps that right on a task another member holds.
 */
public final class TaskOwnership {

    /** What a command does to a task. */
    public enum Action {
        /** Complete, submit its form, resolve, raise an error, change its variables or its properties. */
        WORK,
        /** Take it for {@code newAssignee}. */
        CLAIM,
        /** Set its assignee to {@code newAssignee}, or none. */
        ASSIGN,
        /** Delegate it, change its owner or its candidates. */
        REASSIGN
    }

    private TaskOwnership() {}

    /**
     * Why {@code actor} may not do {@code action} on a task held by {@code assignee}, in French for the person; empty
     * when allowed. No actor is the engine itself or the application's own code, which the model already governs.
     */
    public static Optional<String> refusal(
            String actor, boolean coordinator, String assignee, Action action, String newAssignee) {
        if (actor == null || coordinator) {
            return Optional.empty();
        }
        boolean theirs = actor.equals(assignee);
        boolean allowed = switch (action) {
            case WORK -> theirs;
            case CLAIM -> actor.equals(newAssignee) && (assignee == null || theirs);
            case ASSIGN -> newAssignee == null ? theirs : actor.equals(newAssignee) && (assignee == null || theirs);
            case REASSIGN -> false;
        };
        if (allowed) {
            return Optional.empty();
        }
        if (action == Action.WORK && assignee == null) {
            return Optional.of("Prenez d'abord cette tâche (« Réclamer ») : personne ne la tient encore.");
        }
        if (assignee != null && !theirs) {
            return Optional.of(
                    "Cette tâche est confiée à une autre personne : seule la coordination peut la réattribuer.");
        }
        return Optional.of(
                action == Action.REASSIGN
                        ? "Seule la coordination délègue une tâche ou en change les destinataires."
                        : "Vous ne pouvez prendre une tâche que pour vous-même : seule la coordination l'attribue à quelqu'un d'autre.");
    }
}
