package org.constellation.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.constellation.call.Call;
import org.constellation.call.CallTheme;
import org.constellation.call.Criterion;
import org.constellation.call.Season;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The submission form's rules as the server enforces them, with messages in the applicant's language. */
class SubmissionValidatorTest {

  final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
  final Call call = new Call("appel", new Season("s", "S", LocalDate.of(2027, 9, 1), LocalDate.of(2028, 8, 31)), "Appel");

  SubmissionValidatorTest() {
    messages.setBasename("messages");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    call.getThemes().add(new CallTheme("astronomy", "Astronomie"));
    call.getCriteria().add(new Criterion(Criterion.Kind.BONUS, "network", "Réseau"));
  }

  Map<String, Object> valid() {
    Map<String, Object> values = new HashMap<>();
    values.put("kind", "PROJECT");
    values.put("organisationName", "Club");
    values.put("organisationType", "ASSOCIATION");
    values.put("contactName", "Alice");
    values.put("contactEmail", "alice@example.org");
    values.put("title", "Titre");
    values.put("summary", "Résumé\nsur deux lignes");
    values.put("themes", List.of("astronomy"));
    values.put("plannedStart", "2027-10-12");
    values.put("plannedEnd", "2027-10-12T00:00:00.000Z");
    values.put("commune", "Grenoble");
    return values;
  }

  SubmissionRejected rejection(Map<String, Object> values, Locale locale) {
    try {
      new SubmissionValidator(messages).rejectIfInvalid(ProposalSubmission.fromFormValues(values), call, locale);
    } catch (SubmissionRejected rejected) {
      return rejected;
    }
    return null;
  }

  List<String> fieldsIn(SubmissionRejected rejected) {
    return rejected.errors().stream().map(error -> error.field() + ":" + error.code()).toList();
  }

  @Test
  void aCompleteProjectPasses() {
    assertThat(rejection(valid(), Locale.FRENCH)).isNull();
  }

  @Test
  void everyBrokenRuleIsReportedAtOnceOnItsField() {
    Map<String, Object> values = valid();
    values.put("kind", "PARTY");
    values.put("contactEmail", "alice at example");
    values.put("title", "Ligne 1\r\nBcc: victim@example.org");
    values.put("summary", "bip\u0007");
    values.put("themes", List.of("cooking"));
    values.put("plannedEnd", "2027-10-01");
    values.put("bonusCriteria", List.of("fame"));
    assertThat(fieldsIn(rejection(values, Locale.FRENCH))).containsExactly("kind:choice", "contactEmail:email",
        "title:singleLine", "summary:controlCharacters", "themes:choice", "plannedEnd:endBeforeStart",
        "bonusCriteria:choice");
  }

  @Test
  void aProjectNeedsDatesAndACommuneButAnIntentionDoesNot() {
    Map<String, Object> values = valid();
    values.remove("plannedStart");
    values.remove("plannedEnd");
    values.remove("commune");
    assertThat(fieldsIn(rejection(values, Locale.FRENCH)))
        .containsExactly("plannedStart:required", "plannedEnd:required", "commune:required");
    values.put("kind", "INTENTION");
    assertThat(rejection(values, Locale.FRENCH)).isNull();
  }

  @Test
  void aContributionSaysWhatItOffers() {
    Map<String, Object> values = valid();
    values.put("kind", "CONTRIBUTION");
    assertThat(fieldsIn(rejection(values, Locale.FRENCH)))
        .containsExactly("offers:offerRequired", "offerDescription:required");
  }

  @Test
  void theMessageSpeaksTheApplicantsLanguage() {
    Map<String, Object> values = valid();
    values.put("title", "x".repeat(201));
    assertThat(rejection(values, Locale.FRENCH).readableMessage()).isEqualTo("Titre : 200 caractères au plus.");
    assertThat(rejection(values, Locale.ENGLISH).readableMessage()).isEqualTo("Title : 200 characters at most.");
  }
}
