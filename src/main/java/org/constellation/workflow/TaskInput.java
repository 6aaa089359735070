package org.constellation.workflow;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * What a reviewer submitted with a task form, read for the step's own rules. What the form itself asks (required,
 * lengths, bounds, options) was checked before, against the deployed form ({@link FormCompletion}); a rule that throws
 * {@link #rejected} here rejects the completion as a whole and Tasklist shows the message to the reviewer.
 */
public final class TaskInput {

    private final Function<String, Object> variables;
    private final Supplier<String> actor;

    public TaskInput(DelegateTask task) {
        this(task::getVariable, () -> actorOf(task));
    }

    private TaskInput(Function<String, Object> variables, Supplier<String> actor) {
        this.variables = variables;
        this.actor = actor;
    }

    /** A form's values as given, outside the engine: the domain rules read them so in their unit tests. */
    public static TaskInput of(Map<String, ?> values) {
        return new TaskInput(values::get, () -> "system");
    }

    /** Who completes the task: the logged-in user, else the assignee (tests and the Java API run without a login). */
    public String actor() {
        return actor.get();
    }

    private static String actorOf(DelegateTask task) {
        Authentication authentication =
                task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication != null) {
            return authentication.getUserId();
        }
        return task.getAssignee() != null ? task.getAssignee() : "system";
    }

    /** A field's value as the form sent it (lists of a checklist, numbers), for what the typed readers do not cover. */
    public Object value(String key) {
        return variables.apply(key);
    }

    /** A text as sent, trimmed; null when left empty. */
    public String text(String key) {
        return FormValues.text(variables.apply(key));
    }

    /** A whole number, or null when left empty (the form bounds it; Camunda Forms send numbers as Long). */
    public Integer integer(String key, String label) {
        String value = text(key);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw rejected(label + " : un nombre entier, s'il vous plaît.");
        }
    }

    /** A date-time as Camunda Forms sends it ("2027-10-12T18:00+02:00"); without an offset it is Paris time. */
    public OffsetDateTime dateTime(String key, String label) {
        String value = text(key);
        if (value == null) {
            throw rejected(label + " : ce champ est obligatoire.");
        }
        OffsetDateTime parsed = FormValues.dateTime(value);
        if (parsed == null) {
            throw rejected(label + " : date et heure invalides.");
        }
        return parsed;
    }

    public static BadUserRequestException rejected(String message) {
        return new BadUserRequestException(message);
    }
}
