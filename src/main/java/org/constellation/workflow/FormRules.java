package org.constellation.workflow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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
 * and the REST API not at all. Hidden fields are skipped as form-js skips them, their FEEL conditions evaluated by
 * the engine's own FEEL (the DMN's), so that a condition means here what it means in Tasklist.
 */
public final class FormRules {

    private static final FeelEngine FEEL = new ScalaFeelEngineFactory().createInstance();
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> FEEL_WORDS = Set.of("null", "and", "or", "not", "true", "false");
    private static final Set<String> LISTS = Set.of("checklist", "taglist");

    private FormRules() {}

    /** Every problem with these values, in French, one line each; empty when the form accepts them. */
    public static List<String> problems(CamundaForm form, Function<String, Object> values) {
        List<String> problems = new ArrayList<>();
        for (Component field : form.inputs()) {
            if (!field.readonly() && !hidden(field, values)) {
                problem(field, values.apply(field.key()), values).ifPresent(problems::add);
            }
        }
        return problems;
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

    private static Optional<String> problem(Component field, Object value, Function<String, Object> values) {
        String label = field.label() == null ? field.key() : field.label();
        boolean list = LISTS.contains(field.type());
        if (list ? FormValues.list(value).isEmpty() : empty(field, value)) {
            return field.required() ? Optional.of(label + " : ce champ est obligatoire.") : Optional.empty();
        }
        String problem;
        if (list) {
            problem = choice(field, FormValues.list(value), values);
        } else if (value instanceof Collection<?>) {
            problem = "une valeur simple, s'il vous plaît.";
        } else {
            String text = value.toString();
            problem = switch (field.type()) {
                case "number" -> number(field, text);
                case "datetime" -> FormValues.dateTime(text) == null ? "date et heure invalides." : null;
                case "radio", "select" -> choice(field, List.of(text), values);
                default -> text(field, text);
            };
        }
        return Optional.ofNullable(problem).map(p -> label + " : " + p);
    }

    /** Left empty: nothing, blanks, or a checkbox not ticked (lists are read as lists). */
    private static boolean empty(Component field, Object value) {
        return value == null
                || value instanceof String s && s.isBlank()
                || "checkbox".equals(field.type()) && !Boolean.TRUE.equals(value);
    }

    private static String text(Component field, String text) {
        if (field.maxLength() != null && text.length() > field.maxLength()) {
            return field.maxLength() + " caractères au plus.";
        }
        if (field.pattern() != null
                && !Pattern.compile(field.pattern()).matcher(text).matches()) {
            return "format invalide.";
        }
        if ("email".equals(field.validationType()) && !EmailAddresses.isSendable(text)) {
            return "adresse électronique invalide.";
        }
        return null;
    }

    private static String number(Component field, String text) {
        BigDecimal number;
        try {
            number = new BigDecimal(text);
        } catch (NumberFormatException e) {
            return "un nombre, s'il vous plaît.";
        }
        boolean tooSmall = field.min() != null && number.compareTo(field.min()) < 0;
        boolean tooLarge = field.max() != null && number.compareTo(field.max()) > 0;
        if (!tooSmall && !tooLarge) {
            return null;
        }
        if (field.min() != null && field.max() != null) {
            return "un nombre entre " + field.min() + " et " + field.max() + ".";
        }
        return tooSmall ? field.min() + " au moins." : field.max() + " au plus.";
    }

    /** Each value among the options: the form's own, or those the task's variable {@code valuesKey} offered. */
    private static String choice(Component field, List<String> chosen, Function<String, Object> values) {
        Set<String> offered = field.valuesKey() == null
                ? field.options().stream().map(Option::value).collect(Collectors.toSet())
                : FormValues.optionValues(values.apply(field.valuesKey()));
        List<String> unknown = chosen.stream()
                .filter(value -> value == null || !offered.contains(value))
                .toList();
        return unknown.isEmpty()
                ? null
                : "choix inconnu « " + unknown.stream().map(String::valueOf).collect(Collectors.joining(", ")) + " ».";
    }
}
