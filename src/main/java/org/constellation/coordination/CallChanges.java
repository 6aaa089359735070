package org.constellation.coordination;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.identity.Group;
import org.constellation.call.CallChange;
import org.constellation.call.CallForm;
import org.constellation.call.CallSetup;
import org.constellation.call.Season;
import org.constellation.call.SeasonRepository;
import org.constellation.funding.Amounts;
import org.constellation.workflow.StaffNames;
import org.constellation.workflow.WrittenDates;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A call's changes as its page lists them, in the reader's language: who by name, each field by its label, and in words
 * the values the log keeps as the form sent them (a status, a season's or a group's id, a ticked box, ISO dates, the
 * way a list of communes changed). The log itself stays as written, old entries included.
 */
@Component
class CallChanges {

    /** One change: when, by whom, and a line per field. */
    record Shown(OffsetDateTime at, String by, List<String> lines) {}

    private static final String ARROW = " → ";
    /** A day as the form's date fields send it, perhaps with its time ("2027-01-26T23:59"). */
    private static final Pattern ISO_DAY =
            Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})(?:T(\\d{2}:\\d{2})(?::\\d{2})?)?\\b");
    /** A list of communes after a change: "49 (replace Grenoble-Alpes-Métropole, 49 communes)" (CallSetup.Mode). */
    private static final Pattern LIST_CHANGE =
            Pattern.compile("(\\d+) \\((add|replace|remove) (.*)\\)", Pattern.DOTALL);

    private final CallSetup setup;
    private final SeasonRepository seasons;
    private final StaffNames staff;
    private final MessageSource messages;

    CallChanges(CallSetup setup, SeasonRepository seasons, StaffNames staff, MessageSource messages) {
        this.setup = setup;
        this.seasons = seasons;
        this.staff = staff;
        this.messages = messages;
    }

    /** The call's changes, latest first. */
    List<Shown> of(Long callId, Locale locale) {
        List<CallChange> changes = setup.changesOf(callId);
        Map<String, String> names =
                staff.fullNames(changes.stream().map(CallChange::getChangedBy).toList());
        Values values = new Values(
                locale,
                seasons.findAll().stream()
                        .collect(Collectors.toMap(s -> s.getId().toString(), Season::getTitle)),
                setup.reviewerGroups().stream()
                        .collect(Collectors.toMap(
                                Group::getId, group -> group.getName() == null ? group.getId() : group.getName())));
        return changes.stream()
                .map(change -> new Shown(
                        change.getChangedAt(),
                        names.get(change.getChangedBy()),
                        change.lines().stream()
                                .map(line -> line(line[0], line[1], values))
                                .toList()))
                .toList();
    }

    /** What the values of a page's changes are read against: its language, the seasons' titles, the groups' names. */
    private record Values(Locale locale, Map<String, String> seasonTitles, Map<String, String> groupNames) {}

    private String line(String field, String change, Values values) {
        String label = field.isEmpty()
                ? ""
                : messages.getMessage("call.field." + field, null, field, values.locale()) + colon(values.locale());
        int arrow = change.indexOf(ARROW);
        return arrow < 0
                ? label + dates(change, values.locale())
                : label
                        + value(field, change.substring(0, arrow), values)
                        + ARROW
                        + value(field, change.substring(arrow + ARROW.length()), values);
    }

    private String value(String field, String value, Values values) {
        Locale locale = values.locale();
        if (CallForm.SWITCHES.contains(field)) {
            return messages.getMessage("on".equals(value) ? "call.change.on" : "call.change.off", null, locale);
        }
        return switch (field) {
            case "status" -> messages.getMessage("call.status." + value, null, value, locale);
            case "season" -> values.seasonTitles().getOrDefault(value, value);
            case "reviewerGroup", "juryExpertGroup" -> values.groupNames().getOrDefault(value, value);
            case "territoryCommunes", "nearbyCommunes" -> listChange(value, locale);
            // A choice from a list by its words (CallForm.CHOICES), a decimal as the reader writes it.
            case "juryAggregation", "juryTieBreak" ->
                messages.getMessage("call." + field + "." + value, null, value, locale);
            case "juryDisagreementSpread" -> decimal(value, locale);
            case "fundingEnvelope", "fundingCeiling", "fundingAgreementThreshold" -> amount(value, locale);
            default -> dates(value, locale);
        };
    }

    private String listChange(String value, Locale locale) {
        Matcher change = LIST_CHANGE.matcher(value);
        return change.matches()
                ? change.group(1) + " (" + messages.getMessage("call.change." + change.group(2), null, locale)
                        + colon(locale) + change.group(3) + ")"
                : value;
    }

    /** "1,5" as the form keeps it: "1,5" in French, "1.5" in English; anything else as it is (« — »). */
    private static String decimal(String value, Locale locale) {
        try {
            return NumberFormat.getNumberInstance(locale).format(new BigDecimal(value.replace(',', '.')));
        } catch (NumberFormatException notANumber) {
            return value;
        }
    }

    /** « 30 000 » as the form keeps it: « 30 000 € » in French, « €30,000 » in English; anything else as it is. */
    private static String amount(String value, Locale locale) {
        Amounts.Reading amount = Amounts.read(value);
        return amount.isAmount() ? Amounts.written(amount.cents(), locale) : value;
    }

    /** The text with each ISO day (and time) written out. */
    private static String dates(String text, Locale locale) {
        Matcher day = ISO_DAY.matcher(text);
        StringBuilder written = new StringBuilder();
        while (day.find()) {
            String words;
            try {
                LocalDate date = LocalDate.parse(day.group(1));
                words = day.group(2) == null
                        ? WrittenDates.day(date, locale)
                        : WrittenDates.moment(date.atTime(LocalTime.parse(day.group(2))), locale);
            } catch (DateTimeParseException notADay) {
                words = day.group();
            }
            day.appendReplacement(written, Matcher.quoteReplacement(words));
        }
        day.appendTail(written);
        return written.toString();
    }

    private String colon(Locale locale) {
        return messages.getMessage("punctuation.colon", null, locale);
    }
}
