package org.constellation.notification;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.constellation.call.Call;
import org.constellation.eligibility.ReviewMailFacts;
import org.constellation.funding.Amounts;
import org.constellation.subsidy.AwardMailFacts;
import org.constellation.workflow.WrittenDates;
import org.springframework.context.MessageSource;

/**
 * The sample proposal coordinators preview templates with: every value a template may show, in the preview's language
 * where the team would write it (reasons, plan, note), and the real call's name, contact and signature (and its forum,
 * once set).
 */
final class MailSamples {

    static final String TITLE = "La Lune en fête";

    private MailSamples() {}

    static Map<String, Object> model(Call call, Locale locale, MessageSource messages) {
        Map<String, Object> model = new HashMap<>();
        model.put("call", call);
        model.put("proposal", Map.of("title", TITLE, "reference", "P-EXEMPLE00000001", "contactName", "Alice Martin"));
        model.put(
                "partner",
                Map.of(
                        "title",
                        "Une coupole à partager",
                        "summary",
                        sample("partnerSummary", locale, messages),
                        "organisation",
                        Map.of("name", "Planétarium de Vaulx-en-Velin"),
                        "contactName",
                        "Bruno Petit",
                        "contactEmail",
                        "bruno.petit@example.org"));
        model.put(
                "decision",
                Map.of(
                        "reasons",
                        sample("reasons", locale, messages),
                        "missingInformation",
                        sample("missingInformation", locale, messages)));
        model.put("reviewerName", "Romain Relecteur");
        model.put(
                "selection",
                Map.of("outcome", "SELECTED", "motivation", sample("selectionMotivation", locale, messages)));
        model.put("selectionScore", "3,8 / 5");
        model.put(
                "failedCriteria",
                List.of(new ReviewMailFacts.FailedCriterion(
                        messages.getMessage("criterion.territory", null, locale),
                        sample("territory", locale, messages))));
        model.put(
                "plan",
                Map.of("needs", sample("needs", locale, messages), "actions", sample("actions", locale, messages)));
        model.put("followUpName", "Rose Relectrice");
        model.put("introduction", Map.of("note", sample("note", locale, messages)));
        model.put(
                "entry",
                Map.of(
                        "title",
                        TITLE,
                        "place",
                        "Parc Paul Mistral, Grenoble",
                        "description",
                        sample("entryDescription", locale, messages)));
        model.put("entryStart", "12/10/2027 20:00");
        model.put(
                "obligations",
                List.of(Map.of(
                        "label",
                        sample("obligation", locale, messages),
                        "due",
                        WrittenDates.day(LocalDate.of(2027, 10, 5), locale))));
        model.put("erasureDate", "15/06/2028");
        model.put("entryEnd", "12/10/2027 23:30");
        model.put("message", sample("message", locale, messages));
        model.put(
                "agreement",
                Map.of(
                        "amount",
                        Amounts.written(2_500_000, locale),
                        "advance",
                        Amounts.written(1_250_000, locale),
                        "balance",
                        Amounts.written(1_250_000, locale),
                        "reportDue",
                        WrittenDates.day(LocalDate.of(2028, 4, 12), locale)));
        model.put("agreementTerms", Map.of("reference", "SUB-2027-0007", "advance", 1_250_000L));
        model.put("labelName", "Made in Nouvelle-Aquitaine");
        model.put("labelWithdrawalReason", sample("labelWithdrawalReason", locale, messages));
        model.put("finalReportDue", WrittenDates.day(LocalDate.of(2028, 3, 13), locale));
        model.put("finalReportReason", sample("finalReportReason", locale, messages));
        model.put(
                "award",
                new AwardMailFacts.Told(
                        Amounts.written(800_000, locale),
                        Amounts.written(1_000_000, locale),
                        sample("fundingAwardReason", locale, messages),
                        sample("fundingAwardConditions", locale, messages),
                        "SUB-2027-0007",
                        false,
                        50,
                        Amounts.written(400_000, locale)));
        model.put("fundingRefusal", sample("fundingRefusalReason", locale, messages));
        model.put("forumAt", "12/03/2027 14:00");
        model.put("forumPlace", "La Casemate, Grenoble");
        model.put(
                "schedule",
                List.of(
                        Map.of(
                                "time",
                                "12/03/2027 14:00",
                                "table",
                                4,
                                "partner",
                                "Une coupole à partager (Planétarium de Vaulx-en-Velin)"),
                        Map.of(
                                "time",
                                "12/03/2027 14:20",
                                "table",
                                9,
                                "partner",
                                "Fusées à eau (MJC Bulles d'Hères)")));
        return model;
    }

    private static String sample(String key, Locale locale, MessageSource messages) {
        return messages.getMessage("mail.sample." + key, null, locale);
    }
}
