package org.constellation.workflow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.constellation.workflow.CamundaForm.Component;
import org.constellation.workflow.CamundaForm.Option;

/**
 * What a Camunda Form asks of the values it submits, checked on the server: Tasklist checks them in the browser only,
 * and the REST API not at all. Hidden fields are skipped as form-js skips them, their FEEL conditions evaluated by the
 * engine's own FEEL (the DMN's), so that a condition means here what it means in Tasklist. The same rules check what
 * the portal posts of the start form, as refusals it puts in the reader's words.
 */
public final class FormRules {

    private static final FeelEngine FEEL = new ScalaFeelEngineFactory().createInstance();
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> FEEL_WORDS = Set.of("null", "and", "or", "not", "true", "false");
    private static final Set<String> LISTS = Set.of("checklist", "taglist");

    private FormRules() {}

    /**
     * Something the form refuses in a field's value: a code that Tasklist's message words in French here, and the
     * portal in the reader's language (messages validation.{code}), with the values those words take.
     */
    public record Refusal(String key, String code, List<Object> arguments) {}

    /** Every problem with these values, in French, one line each; empty when the form accepts them. */
    public static List<String> problems(CamundaForm form, Function<String, Object> values) {
        return check(form, values, Map.of(), false).stream()
                .map(refusal -> label(form, refusal.key()) + " : " + inFrench(refusal))
                .toList();
    }

    /**
     * What the form refuses in the values a page posts, a field at most once. A page posts the fields it hides too,
     * whose values must hold as well, though a hidden field is never required. {@code offered} gives, by key, the
     * choices the page offers instead of the form's own (a call's themes, whatever the form lists).
     */
    public static List<Refusal> refusals(
            CamundaForm form, Function<String, Object> values, Map<String, Set<String>> offered) {
        return check(form, values, offered, true);
    }

    private static List<Refusal> check(
            CamundaForm form, Function<String, Object> values, Map<String, Set<String>> offered, boolean hiddenToo) {
        List<Refusal> refusals = new ArrayList<>();
        for (Component field : form.inputs()) {
            if (field.readonly()) {
                continue;
            }
            boolean shown = !hidden(field, values);
            if (shown || hiddenToo) {
                refusal(field, values.apply(field.key()), shown, values, offered)
                        .ifPresent(refusals::add);
            }
        }
        return refusals;
    }

    /** True when the field's FEEL condition hides it for these values (form-js: {@code hide: =…}). */
    static boolean hidden(Component field, Function<String, Object> values) {
        if (field.hide() == null) {
            return false;
        }
        String expression = field.hide().replaceFirst("^\\s*=", "");
        VariableMap context = Variables.createVariables();
        Matcher name = NAME.matcher(expression.replaceAll("\"[^\"]*\"", "\"\""));
        while (name.find()) {
            if (!FEEL_WORDS.contains(name.group())) {
                context.putValue(name.group(), values.apply(name.group()));
            }
        }
        Object result = FEEL.evaluateSimpleExpression(expression, context.asVariableContext());
        return Boolean.TRUE.equals(result);
    }

    private static Optional<Refusal> refusal(
            Component field,
            Object value,
            boolean shown,
            Function<String, Object> values,
            Map<String, Set<String>> offered) {
        boolean list = LISTS.contains(field.type());
        if (list ? FormValues.list(value).isEmpty() : empty(field, value)) {
            return field.required() && shown
                    ? Optional.of(new Refusal(field.key(), "required", List.of()))
                    : Optional.empty();
        }
        Refusal refusal;
        if (list) {
            refusal = choice(field, FormValues.list(value), values, offered);
        } else if (value instanceof Collection<?>) {
            refusal = new Refusal(field.key(), "singleValue", List.of());
        } else {
            String text = value.toString();
            refusal = switch (field.type()) {
                case "number" -> number(field, text);
                case "datetime" -> date(field, text);
                case "radio", "select" -> choice(field, List.of(text), values, offered);
                default -> text(field, text);
            };
        }
        return Optional.ofNullable(refusal);
    }

    /** Left empty: nothing, blanks, or a checkbox not ticked (lists are read as lists). */
    private static boolean empty(Component field, Object value) {
        return value == null
                || value instanceof String s && s.isBlank()
                || "checkbox".equals(field.type()) && !Boolean.TRUE.equals(value);
    }

    private static Refusal text(Component field, String text) {
        if (field.maxLength() != null && text.length() > field.maxLength()) {
            return new Refusal(field.key(), "tooLong", List.of(field.maxLength()));
        }
        if (field.pattern() != null
                && !Pattern.compile(field.pattern()).matcher(text).matches()) {
            return new Refusal(field.key(), "format", List.of());
        }
        if ("email".equals(field.validationType()) && !EmailAddresses.isSendable(text)) {
            return new Refusal(field.key(), "email", List.of());
        }
        return null;
    }

    private static Refusal number(Component field, String text) {
        BigDecimal number;
        try {
            number = new BigDecimal(text);
        } catch (NumberFormatException e) {
            return new Refusal(field.key(), "number", List.of());
        }
        boolean tooSmall = field.min() != null && number.compareTo(field.min()) < 0;
        boolean tooLarge = field.max() != null && number.compareTo(field.max()) > 0;
        if (!tooSmall && !tooLarge) {
            return null;
        }
        if (field.min() != null && field.max() != null) {
            return new Refusal(field.key(), "numberBetween", List.of(field.min(), field.max()));
        }
        return tooSmall
                ? new Refusal(field.key(), "numberAtLeast", List.of(field.min()))
                : new Refusal(field.key(), "numberAtMost", List.of(field.max()));
    }

    /** A day for a date field (its subtype), a date and time otherwise. */
    private static Refusal date(Component field, String text) {
        if ("date".equals(field.subtype())) {
            return FormValues.date(text) == null ? new Refusal(field.key(), "date", List.of()) : null;
        }
        return FormValues.dateTime(text) == null ? new Refusal(field.key(), "dateTime", List.of()) : null;
    }

    /** Each value among the options: those offered instead, the form's own, or those of the variable valuesKey. */
    private static Refusal choice(
            Component field, List<String> chosen, Function<String, Object> values, Map<String, Set<String>> offered) {
        Set<String> options = offered.containsKey(field.key())
                ? offered.get(field.key())
                : field.valuesKey() == null
                        ? field.options().stream().map(Option::value).collect(Collectors.toSet())
                        : FormValues.optionValues(values.apply(field.valuesKey()));
        List<String> unknown = chosen.stream()
                .filter(value -> value == null || !options.contains(value))
                .toList();
        return unknown.isEmpty()
                ? null
                : new Refusal(
                        field.key(),
                        "choice",
                        List.of(unknown.stream().map(String::valueOf).collect(Collectors.joining(", "))));
    }

    /** A refusal in Tasklist's words. */
    private static String inFrench(Refusal refusal) {
        List<Object> arguments = refusal.arguments();
        return switch (refusal.code()) {
            case "required" -> "ce champ est obligatoire.";
            case "singleValue" -> "une valeur simple, s'il vous plaît.";
            case "tooLong" -> arguments.get(0) + " caractères au plus.";
            case "format" -> "format invalide.";
            case "email" -> "adresse de courriel invalide.";
            case "number" -> "un nombre, s'il vous plaît.";
            case "numberBetween" -> "un nombre entre " + arguments.get(0) + " et " + arguments.get(1) + ".";
            case "numberAtLeast" -> arguments.get(0) + " au moins.";
            case "numberAtMost" -> arguments.get(0) + " au plus.";
            case "date" -> "date invalide.";
            case "dateTime" -> "date et heure invalides.";
            case "choice" -> "choix inconnu « " + arguments.get(0) + " ».";
            default -> throw new IllegalArgumentException("No words for the refusal " + refusal.code());
        };
    }

    private static String label(CamundaForm form, String key) {
        return form.component(key).map(Component::label).orElse(key);
    }
}
