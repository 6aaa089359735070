package org.constellation.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.constellation.call.Call;
import org.constellation.call.Season;
import org.constellation.workflow.CamundaForm;
import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;

class SubmissionFormViewTest {

  final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
  final SubmissionFormView view;

  SubmissionFormViewTest() {
    messages.setBasename("messages");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    view = new SubmissionFormView(messages, new org.constellation.call.CommuneRegistry());
  }

  /** English comes from messages_en: a field or choice added to the form without its English fails here. */
  @Test
  void everyTextFieldAndChoiceOfTheFormHasItsEnglish() {
    ResourceBundleMessageSource englishOnly = new ResourceBundleMessageSource();
    englishOnly.setBasename("messages_en");
    englishOnly.setDefaultEncoding("UTF-8");
    for (CamundaForm.Component component : view.form().components()) {
      if ("text".equals(component.type())) {
        assertThat(englishOnly.getMessage("form.text." + component.id(), null, Locale.ROOT)).isNotBlank();
        continue;
      }
      String key = component.key();
      assertThat(englishOnly.getMessage("form." + key + ".label", null, Locale.ROOT)).as(key).isNotBlank();
      if (component.description() != null) {
        assertThat(englishOnly.getMessage("form." + key + ".description", null, Locale.ROOT)).as(key).isNotBlank();
      }
      for (CamundaForm.Option option : component.options()) {
        if (!key.equals("umbrellaEvent")) {
          assertThat(englishOnly.getMessage("form." + key + ".option." + option.value(), null, Locale.ROOT))
              .as(key + "." + option.value()).isNotBlank();
        }
      }
    }
  }

  @Test
  void frenchComesFromTheFormFileItself() {
    try {
      messages.getMessage("form.title.label", null, Locale.FRENCH);
      throw new AssertionError("French labels must come from the form file, not from messages.properties");
    } catch (NoSuchMessageException expected) {
      // as intended
    }
    Call call = new Call("appel", new Season("s", "S", LocalDate.of(2027, 9, 1), LocalDate.of(2028, 8, 31)), "Appel");
    List<FormField> fields = view.fields(call, Locale.FRENCH, Map.of("kind", List.of("CONTRIBUTION")),
        Map.of("title", "ce champ est obligatoire."));
    FormField title = fields.stream().filter(f -> "title".equals(f.name())).findFirst().orElseThrow();
    assertThat(title.label()).isEqualTo("Titre");
    assertThat(title.required()).isTrue();
    assertThat(title.maxLength()).isEqualTo(200);
    assertThat(title.describedBy()).isEqualTo("f-title-error");
    FormField kind = fields.stream().filter(f -> "kind".equals(f.name())).findFirst().orElseThrow();
    assertThat(kind.choices()).filteredOn(FormField.Choice::selected).extracting(FormField.Choice::value)
        .containsExactly("CONTRIBUTION");
    assertThat(fields).filteredOn(f -> "offers".equals(f.name())).singleElement()
        .extracting(FormField::showWhen).isEqualTo("kind=CONTRIBUTION");
    assertThat(fields).noneMatch(f -> "callSlug".equals(f.name()));
    assertThat(fields.get(0).type()).isEqualTo("heading");
    assertThat(fields.get(0).label()).isEqualTo("Déposer une proposition");
  }
}
