package org.constellation.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.constellation.call.Call;
import org.constellation.call.CallTheme;
import org.constellation.call.CommuneRegistry;
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
        view = new SubmissionFormView(messages, new CommuneRegistry());
    }

    /** English comes from messages_en: a field or choice added to the form without its English fails here. */
    @Test
    void everyTextFieldAndChoiceOfTheFormHasItsEnglish() {
        ResourceBundleMessageSource englishOnly = new ResourceBundleMessageSource();
        englishOnly.setBasename("messages_en");
        englishOnly.setDefaultEncoding("UTF-8");
        for (CamundaForm.Component component : view.form().components()) {
            if ("text".equals(component.type())) {
                assertThat(englishOnly.getMessage("form.text." + component.id(), null, Locale.ROOT))
                        .isNotBlank();
                continue;
            }
            String key = component.key();
            assertThat(englishOnly.getMessage("form." + key + ".label", null, Locale.ROOT))
                    .as(key)
                    .isNotBlank();
            if (component.description() != null) {
                assertThat(englishOnly.getMessage("form." + key + ".description", null, Locale.ROOT))
                        .as(key)
                        .isNotBlank();
            }
            for (CamundaForm.Option option : component.options()) {
                if (!key.equals("umbrellaEvent")) {
                    assertThat(englishOnly.getMessage("form." + key + ".option." + option.value(), null, Locale.ROOT))
                            .as(key + "." + option.value())
                            .isNotBlank();
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
        Call call =
                new Call("appel", new Season("s", "S", LocalDate.of(2027, 9, 1), LocalDate.of(2028, 8, 31)), "Appel");
        List<FormField> fields = view.fields(
                call,
                Locale.FRENCH,
                Map.of("kind", List.of("CONTRIBUTION")),
                Map.of("title", "ce champ est obligatoire."));
        FormField title = fields.stream()
                .filter(f -> "title".equals(f.name()))
                .findFirst()
                .orElseThrow();
        assertThat(title.label()).isEqualTo("Titre");
        assertThat(title.required()).isTrue();
        assertThat(title.maxLength()).isEqualTo(200);
        assertThat(title.describedBy()).isEqualTo("f-title-error");
        FormField kind =
                fields.stream().filter(f -> "kind".equals(f.name())).findFirst().orElseThrow();
        assertThat(kind.choices())
                .filteredOn(FormField.Choice::selected)
                .extracting(FormField.Choice::value)
                .containsExactly("CONTRIBUTION");
        assertThat(fields)
                .filteredOn(f -> "offers".equals(f.name()))
                .singleElement()
                .extracting(FormField::showWhen)
                .isEqualTo("kind=CONTRIBUTION");
        assertThat(fields).noneMatch(f -> "callSlug".equals(f.name()));
        assertThat(fields.get(0).type()).isEqualTo("heading");
        assertThat(fields.get(0).label()).isEqualTo("Déposer une proposition");
    }

    /** The holder's data page says what they gave in words, in their language, never as the codes stored (issue 27). */
    @Test
    void aStoredProposalReadsInWordsNeverInCodes() {
        Call call =
                new Call("appel", new Season("s", "S", LocalDate.of(2027, 9, 1), LocalDate.of(2028, 8, 31)), "Appel");
        call.getThemes().add(new CallTheme("astronomy", "Astronomie"));
        Map<String, Object> submitted = Map.of(
                "callSlug",
                "appel",
                "kind",
                "PROJECT",
                "organisationType",
                "ASSOCIATION",
                "language",
                "fr",
                "title",
                "Nuit des étoiles",
                "themes",
                List.of("astronomy", "comets"),
                "audiences",
                List.of("GENERAL_PUBLIC", "FAMILIES"),
                "plannedStart",
                "2027-10-09",
                "schoolInvolvement",
                "NONE",
                "introductionConsent",
                "NO");

        Map<String, String> french = given(call, submitted, Locale.FRENCH);
        assertThat(french)
                .containsOnly(
                        Map.entry("Nature de la proposition", "Un projet (événement ou action prêt à construire)"),
                        Map.entry("Type de structure", "Association"),
                        Map.entry("Langue des échanges", "Français"),
                        Map.entry("Titre", "Nuit des étoiles"),
                        // A theme the call no longer offers shows as it was given.
                        Map.entry("Thèmes de l'appel", "Astronomie, comets"),
                        Map.entry("Publics visés", "Grand public, Familles"),
                        Map.entry("Date de début prévue", "9 octobre 2027"),
                        Map.entry("Scolaires", "Pas de public scolaire"),
                        Map.entry("Mise en relation", "Je ne souhaite pas être mis·e en relation"));
        Map<String, String> english = given(call, submitted, Locale.ENGLISH);
        assertThat(english)
                .containsEntry("Type of organisation", "Association")
                .containsEntry("Language for our exchanges", "Français")
                .containsEntry("Intended audiences", "General public, Families")
                .containsEntry("Planned start date", "9 October 2027")
                .containsEntry("Schools", "No school audience")
                .containsEntry("Introductions", "I do not wish to be introduced");
    }

    private Map<String, String> given(Call call, Map<String, Object> submitted, Locale locale) {
        return view.given(call, submitted, locale).stream()
                .collect(Collectors.toMap(SubmissionFormView.Given::label, SubmissionFormView.Given::value));
    }
}
