package org.constellation.portal;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.constellation.call.Organiser;
import org.constellation.privacy.RetentionSettings;
import org.constellation.workflow.PublicLinks;
import org.constellation.workflow.WrittenDates;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What a French public service owes its readers, linked from every footer: the accessibility statement (RGAA), the
 * legal notice and the personal-data page, in the reader's language. The organiser's identity comes from the
 * configuration ({@link Organiser}); the personal-data page follows docs/register-of-processing.md, with the retention
 * periods the application actually applies ({@link RetentionSettings}).
 */
@Controller
class LegalPagesController {

    static final String ACCESSIBILITY = "/accessibilite";
    static final String LEGAL_NOTICE = "/mentions-legales";
    static final String PERSONAL_DATA = "/donnees-personnelles";

    /**
     * The processings of the register, in its order (docs/register-of-processing.md, 1 to 7): each is written by the
     * messages legal.data.{code}.title, .purpose, .basis, .data, .retention and .recipients.
     */
    static final List<String> PROCESSINGS =
            List.of("examination", "mail", "introductions", "programme", "retention", "team", "subsidies");
    /**
     * Processings whose retention is written with the configured periods: {0} unsuccessful, {1} programmed, {2} the
     * limit of an open case, {3} the warning before an erasure.
     */
    private static final Set<String> RETENTION_WITH_PERIODS = Set.of("examination");
    /** Numbered lists of messages (accessibility.exceptions.1, .2…) are read up to the first gap, and this far. */
    private static final int MOST_ITEMS = 50;

    private final Organiser organiser;
    private final RetentionSettings retention;
    private final MessageSource messages;
    private final PublicLinks links;

    LegalPagesController(Organiser organiser, RetentionSettings retention, MessageSource messages, PublicLinks links) {
        this.organiser = organiser;
        this.retention = retention;
        this.messages = messages;
        this.links = links;
    }

    /** A processing of the register, in the reader's words. */
    record Processing(
            String code,
            String title,
            String purpose,
            String basis,
            String data,
            String retention,
            String recipients) {}

    /**
     * The accessibility statement. Its lists are numbered messages, so that a page audited or an exception found is a
     * message added in both languages: accessibility.audited.{n}, accessibility.exceptions.{n}.
     */
    @GetMapping(ACCESSIBILITY)
    String accessibility(Locale locale, Model model) {
        model.addAttribute("organiser", organiser);
        model.addAttribute("serviceUrl", links.base().toString());
        model.addAttribute("auditedOn", WrittenDates.day(organiser.accessibilityAudited(), locale));
        model.addAttribute("statedOn", WrittenDates.day(organiser.accessibilityStated(), locale));
        model.addAttribute("auditedPages", numbered("accessibility.audited.", locale));
        model.addAttribute("exceptions", numbered("accessibility.exceptions.", locale));
        return "portal/accessibility";
    }

    @GetMapping(LEGAL_NOTICE)
    String legalNotice(Model model) {
        model.addAttribute("organiser", organiser);
        return "portal/legal-notice";
    }

    @GetMapping(PERSONAL_DATA)
    String personalData(Locale locale, Model model) {
        model.addAttribute("organiser", organiser);
        model.addAttribute("processings", processings(locale));
        return "portal/personal-data";
    }

    List<Processing> processings(Locale locale) {
        Object[] periods = {
            written(retention.getUnsuccessful(), locale),
            written(retention.getProgrammed(), locale),
            written(retention.getOpenLimit(), locale),
            written(retention.getWarning(), locale)
        };
        return PROCESSINGS.stream()
                .map(code -> new Processing(
                        code,
                        text(code, "title", locale),
                        text(code, "purpose", locale),
                        text(code, "basis", locale),
                        text(code, "data", locale),
                        messages.getMessage(
                                "legal.data." + code + ".retention",
                                RETENTION_WITH_PERIODS.contains(code) ? periods : null,
                                locale),
                        text(code, "recipients", locale)))
                .toList();
    }

    private String text(String code, String part, Locale locale) {
        return messages.getMessage("legal.data." + code + "." + part, null, locale);
    }

    private static String written(Period period, Locale locale) {
        return WrittenDates.period(period, locale);
    }

    /** The messages {@code prefix}1, {@code prefix}2… in the reader's language, up to the first one missing. */
    private List<String> numbered(String prefix, Locale locale) {
        List<String> items = new ArrayList<>();
        for (int n = 1; n <= MOST_ITEMS; n++) {
            String item = messages.getMessage(prefix + n, null, null, locale);
            if (item == null) {
                break;
            }
            items.add(item);
        }
        return items;
    }
}
