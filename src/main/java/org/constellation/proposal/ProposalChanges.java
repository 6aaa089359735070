package org.constellation.proposal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.constellation.call.Call;
import org.constellation.call.CallTheme;
import org.constellation.call.Criterion;
import org.constellation.workflow.CamundaForm;
import org.constellation.workflow.WrittenDates;

/**
 * What a correction changed, answer by answer, in the team's words: « Commune : Meylan → Chambéry ». Labels and
 * choices are the submission form's (the call's own for themes and bonus criteria); long texts and contact details
 * are said to have changed without being quoted, as the lines reach the engine's history.
 */
final class ProposalChanges {

  private static final Set<String> NOT_SHOWN = Set.of("callSlug");
  private static final Set<String> NOT_QUOTED = Set.of("contactName", "contactEmail", "contactPhone", "summary",
      "description", "offerDescription");
  private static final Set<String> DATES = Set.of("plannedStart", "plannedEnd");

  private ProposalChanges() {}

  static List<String> between(ProposalSubmission before, ProposalSubmission after, Call call, CamundaForm form) {
    Map<String, Object> was = before.asFormValues();
    Map<String, Object> is = after.asFormValues();
    List<String> lines = new ArrayList<>();
    for (String key : ProposalSubmission.FIELDS) {
      if (NOT_SHOWN.contains(key) || same(was.get(key), is.get(key))) {
        continue;
      }
      String label = form.component(key).map(CamundaForm.Component::label).orElse(key);
      lines.add(NOT_QUOTED.contains(key) ? label + " : modifié"
          : label + " : " + written(key, was.get(key), call, form) + " → " + written(key, is.get(key), call, form));
    }
    return lines;
  }

  private static boolean same(Object a, Object b) {
    return Objects.equals(normalised(a), normalised(b));
  }

  private static Object normalised(Object value) {
    if (value instanceof Collection<?> values) {
      return values.isEmpty() ? null : new TreeSet<>(values.stream().map(String::valueOf).toList());
    }
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }

  private static String written(String key, Object value, Call call, CamundaForm form) {
    if (normalised(value) == null) {
      return "non renseigné";
    }
    Function<String, String> choice = switch (key) {
      case "themes" -> code -> call.getThemes().stream().filter(t -> t.code().equals(code)).map(CallTheme::label)
          .findFirst().orElse(code);
      case "bonusCriteria" -> code -> call.getCriteria().stream().filter(c -> c.code().equals(code))
          .map(Criterion::label).findFirst().orElse(code);
      default -> code -> form.component(key).flatMap(c -> c.options().stream()
          .filter(o -> o.value().equals(code)).findFirst()).map(CamundaForm.Option::label).orElse(code);
    };
    if (value instanceof Collection<?> values) {
      return values.stream().map(String::valueOf).map(choice).sorted().collect(Collectors.joining(", "));
    }
    if (DATES.contains(key)) {
      return WrittenDates.day(LocalDate.parse(value.toString()), Locale.FRENCH);
    }
    return choice.apply(value.toString().strip());
  }
}
