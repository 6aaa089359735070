package org.constellation.call;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.constellation.workflow.EmailAddresses;
import org.constellation.workflow.ParisTime;

/**
 * A call as the coordinators' page edits it: every field as the text of an HTML form, read back into typed values with
 * each refusal named by field, then applied to the call in one go. Lists are one item per line; a theme or a bonus
 * criterion may start with its code ("astronomy | Astronomie | Astronomy"), else one is made from its label.
 */
public final class CallForm {

    /** The mandatory criteria the eligibility rules decide, by the codes the decision returns. */
    public static final List<String> RULE_CRITERIA = List.of("dates", "territory", "themes", "public");
    /** A call's own criteria in words: the eligibility form has this many places for them. */
    public static final int OWN_CRITERIA = 5;

    public static final String OWN_CRITERION_PREFIX = "custom";

    /** The fields that change the rules, and so their version, in the page's order. */
    private static final List<String> RULES = List.of(
            "themes",
            "periodStart",
            "periodEnd",
            "dates",
            "datesLabel",
            "territory",
            "territoryLabel",
            "themesCriterion",
            "themesLabel",
            "minThemes",
            "public",
            "publicLabel",
            "ownCriteria");

    /** The fields in the page's order, the rules' among them. */
    public static final List<String> FIELDS = Stream.of(
                    List.of("title", "slug", "season", "introduction"),
                    RULES,
                    List.of(
                            "bonusCriteria",
                            "opensOn",
                            "deadline",
                            "forumAt",
                            "forumPlace",
                            "forumTables",
                            "forumSlotMinutes",
                            "forumSlots",
                            "contactName",
                            "contactEmail",
                            "communityUrl",
                            "umbrellaEvents",
                            "deadlineReminderDays",
                            "informationReminderDays",
                            "informationClosingDays",
                            "eligibilityCheckDays",
                            "forumReminderDays",
                            "holdDecisionMails",
                            "publishesDelays",
                            "reviewerGroup",
                            "retentionUnsuccessfulMonths",
                            "retentionProgrammedMonths",
                            "contestText"))
            .flatMap(List::stream)
            .toList();

    static final Set<String> RULE_FIELDS = Set.copyOf(RULES);
    /** The fields switched on or off (a box ticked or not): "on", or no value. */
    public static final Set<String> SWITCHES =
            Set.of("dates", "territory", "themesCriterion", "public", "holdDecisionMails", "publishesDelays");
    /** What a call needs before it opens; the rule-backed criteria add theirs (a period, a territory). */
    static final List<String> REQUIRED_TO_OPEN = List.of(
            "title",
            "slug",
            "season",
            "introduction",
            "themes",
            "opensOn",
            "deadline",
            "contactName",
            "contactEmail",
            "reviewerGroup");
    /** Fields a call keeps once open: the business key of its instance, and the season its programme feeds. */
    static final Set<String> FIXED_ONCE_OPEN = Set.of("slug", "season");

    /** Addresses and codes alike: "environnement-biodiversite", "earth-sciences". */
    private static final Pattern HYPHENATED = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** A case's data outlives the two-month appeal period against its decision; ten years is the archives' horizon. */
    static final int MIN_RETENTION_MONTHS = 2;

    static final int MAX_RETENTION_MONTHS = 120;
    private static final int SHORT = 200;
    /** "2027-10-12T20:30:00" and some: no date field needs more. */
    private static final int DATE_LENGTH = 30;

    static final int MAX_THEMES = 50;
    static final int MAX_BONUS_CRITERIA = 20;
    static final int MAX_UMBRELLA_EVENTS = 30;
    private static final int LONG = 4000;

    private final Map<String, String> values = new LinkedHashMap<>();

    private CallForm(Map<String, String> values) {
        FIELDS.forEach(field -> this.values.put(field, normalise(values.get(field))));
    }

    /** What a coordinator posted. */
    public static CallForm posted(Map<String, String> values) {
        return new CallForm(values);
    }

    /** A call as its form shows it. */
    public static CallForm of(Call call) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("title", call.getTitle());
        v.put("slug", call.getSlug());
        v.put(
                "season",
                call.getSeason() == null ? null : call.getSeason().getId().toString());
        v.put("introduction", call.getIntroduction());
        v.put(
                "themes",
                lines(
                        call.getThemes(),
                        t -> t.code() + " | " + t.label() + (t.labelEn() == null ? "" : " | " + t.labelEn())));
        v.put("periodStart", text(call.getSeasonStartsOn()));
        v.put("periodEnd", text(call.getSeasonEndsOn()));
        for (String code : RULE_CRITERIA) {
            String field = "themes".equals(code) ? "themesCriterion" : code;
            call.getCriteria().stream()
                    .filter(c -> c.code().equals(code))
                    .findFirst()
                    .ifPresent(c -> {
                        v.put(field, "on");
                        v.put(code + "Label", c.label());
                    });
        }
        v.put("minThemes", Integer.toString(call.getMinThemes()));
        v.put(
                "ownCriteria",
                lines(
                        call.getCriteria().stream()
                                .filter(c -> c.code().startsWith(OWN_CRITERION_PREFIX))
                                .toList(),
                        Criterion::label));
        v.put("bonusCriteria", lines(call.criteriaOfKind(Criterion.Kind.BONUS), c -> c.code() + " | " + c.label()));
        v.put("opensOn", text(call.getOpensOn()));
        v.put("deadline", call.getDeadline() == null ? null : local(call.getDeadline()));
        v.put("forumAt", call.getForumAt() == null ? null : local(call.getForumAt()));
        v.put("forumPlace", call.getForumPlace());
        v.put("forumTables", text(call.getForumTables()));
        v.put("forumSlotMinutes", text(call.getForumSlotMinutes()));
        v.put("forumSlots", text(call.getForumSlots()));
        v.put("contactName", call.getContactName());
        v.put("contactEmail", call.getContactEmail());
        v.put("communityUrl", call.getCommunityUrl());
        v.put(
                "umbrellaEvents",
                lines(
                        call.getUmbrellaEvents(),
                        e -> e.name() + (e.startsOn() == null ? "" : " | " + e.startsOn() + " | " + text(e.endsOn()))));
        v.put("deadlineReminderDays", days(call.getDeadlineReminderDelay()));
        v.put("informationReminderDays", days(call.getInformationReminderDelay()));
        v.put("informationClosingDays", days(call.getInformationClosingDelay()));
        v.put("eligibilityCheckDays", days(call.getEligibilityCheckDelay()));
        v.put("forumReminderDays", days(call.getForumReminderDelay()));
        v.put("holdDecisionMails", call.holdsDecisionMails() ? "on" : null);
        v.put("publishesDelays", call.publishesDelays() ? "on" : null);
        v.put("reviewerGroup", call.getReviewerGroup());
        v.put("retentionUnsuccessfulMonths", months(call.retention(RetentionClass.UNSUCCESSFUL)));
        v.put("retentionProgrammedMonths", months(call.retention(RetentionClass.PROGRAMMED)));
        v.put("contestText", call.getContestText());
        return new CallForm(v);
    }

    /** A new call's form: the four rule-backed criteria on, in the team's words. */
    public static CallForm blank(Map<String, String> defaultLabels) {
        Map<String, String> v = new LinkedHashMap<>();
        for (String code : RULE_CRITERIA) {
            v.put("themes".equals(code) ? "themesCriterion" : code, "on");
            v.put(code + "Label", defaultLabels.get(code));
        }
        v.put("minThemes", "1");
        v.put("reviewerGroup", Call.DEFAULT_REVIEWER_GROUP);
        return new CallForm(v);
    }

    public Map<String, String> values() {
        return values;
    }

    public String value(String field) {
        return values.get(field);
    }

    public boolean isOn(String field) {
        return values.get(field) != null;
    }

    /**
     * Field → message key of each refusal; empty when the form can be applied. Nothing is required of a draft but its
     * title, address and season: what opening needs is {@link #missingToOpen}.
     */
    public Map<String, String> refusals(Set<String> takenSlugs, Set<String> knownGroups, Call current) {
        Map<String, String> refused = new LinkedHashMap<>();
        Parsed parsed = new Parsed(refused);
        parsed.text("title", SHORT, true);
        String slug = parsed.text("slug", 80, true);
        if (slug != null && !isSlug(slug)) {
            refused.put("slug", "call.error.slug");
        } else if (slug != null && takenSlugs.contains(slug)) {
            refused.put("slug", "call.error.slugTaken");
        }
        parsed.number("season", 1, Long.MAX_VALUE, true);
        parsed.text("introduction", LONG, false);
        themes(parsed);
        LocalDate start = parsed.date("periodStart");
        LocalDate end = parsed.date("periodEnd");
        if (start != null && end != null && end.isBefore(start)) {
            refused.put("periodEnd", "call.error.order");
        }
        RULE_CRITERIA.forEach(code -> parsed.text(code + "Label", 500, false));
        parsed.number("minThemes", 1, 10, false);
        parsed.lines("ownCriteria", 500, OWN_CRITERIA);
        bonus(parsed);
        LocalDate opensOn = parsed.date("opensOn");
        OffsetDateTime deadline = parsed.moment("deadline");
        // Each rule names the date it follows (day or Paris time, ISO): the page writes it in the reader's words.
        if (opensOn != null && deadline != null && deadline.toLocalDate().isBefore(opensOn)) {
            refused.put("deadline", "call.error.deadlineBeforeOpening:" + opensOn);
        }
        OffsetDateTime forumAt = parsed.moment("forumAt");
        // As the task that sets the forum later refuses it (RecordForumArrangementsListener).
        if (deadline != null && forumAt != null && forumAt.isBefore(deadline)) {
            refused.put("forumAt", "call.error.forumBeforeDeadline:" + local(deadline));
        }
        parsed.text("forumPlace", 300, false);
        parsed.number("forumTables", 1, 500, false);
        parsed.number("forumSlotMinutes", 5, 240, false);
        parsed.number("forumSlots", 1, 100, false);
        parsed.text("contactName", SHORT, false);
        String email = parsed.text("contactEmail", 254, false);
        if (email != null && !EmailAddresses.isSendable(email)) {
            refused.put("contactEmail", "call.error.email");
        }
        String url = parsed.text("communityUrl", 500, false);
        if (url != null && !url.matches("https?://[^\\s<>\"]+")) {
            refused.put("communityUrl", "call.error.url");
        }
        umbrellaEvents(parsed);
        List.of(
                        "deadlineReminderDays",
                        "informationReminderDays",
                        "informationClosingDays",
                        "eligibilityCheckDays",
                        "forumReminderDays")
                .forEach(field -> parsed.number(field, 1, 365, false));
        parsed.number("retentionUnsuccessfulMonths", MIN_RETENTION_MONTHS, MAX_RETENTION_MONTHS, false);
        parsed.number("retentionProgrammedMonths", MIN_RETENTION_MONTHS, MAX_RETENTION_MONTHS, false);
        parsed.text("contestText", LONG, false);
        String group = parsed.text("reviewerGroup", 64, true);
        if (group != null && !knownGroups.contains(group)) {
            refused.put("reviewerGroup", "call.error.group");
        }
        if (current != null && !current.isDraft()) {
            FIXED_ONCE_OPEN.stream()
                    .filter(field -> !Objects.equals(value(field), of(current).value(field)))
                    .forEach(field -> refused.put(field, "call.error.fixedOnceOpen"));
        }
        return refused;
    }

    /** The fields a call still lacks to open, in the page's order. */
    public static List<String> missingToOpen(Call call) {
        CallForm form = of(call);
        List<String> missing = new ArrayList<>(
                REQUIRED_TO_OPEN.stream().filter(f -> form.value(f) == null).toList());
        if (form.isOn("dates") && (call.getSeasonStartsOn() == null || call.getSeasonEndsOn() == null)) {
            missing.add(call.getSeasonStartsOn() == null ? "periodStart" : "periodEnd");
        }
        if (form.isOn("territory") && call.getTerritory().isEmpty()) {
            missing.add("territoryCommunes");
        }
        if (call.criteriaOfKind(Criterion.Kind.MANDATORY).isEmpty()) {
            missing.add("criteria");
        }
        return missing;
    }

    /** Writes the form into the call; call only once {@link #refusals} is empty. */
    public void applyTo(Call call, Season season) {
        Parsed parsed = new Parsed(new LinkedHashMap<>());
        call.setTitle(value("title"));
        call.setSlug(value("slug"));
        LocalDate start = parsed.date("periodStart");
        LocalDate end = parsed.date("periodEnd");
        if (call.getSeason() == null || !call.getSeason().getId().equals(season.getId())) {
            // The period shown was the old season's: left as it was, it follows the new one.
            boolean untouched =
                    Objects.equals(start, call.getSeasonStartsOn()) && Objects.equals(end, call.getSeasonEndsOn());
            call.moveTo(season);
            start = untouched ? null : start;
            end = untouched ? null : end;
        }
        call.setIntroduction(value("introduction"));
        call.getThemes().clear();
        call.getThemes().addAll(themes(parsed));
        call.setSeasonPeriod(start == null ? season.getStartsOn() : start, end == null ? season.getEndsOn() : end);
        call.getCriteria().clear();
        for (String code : RULE_CRITERIA) {
            if (isOn("themes".equals(code) ? "themesCriterion" : code)) {
                call.getCriteria()
                        .add(new Criterion(
                                Criterion.Kind.MANDATORY,
                                code,
                                Objects.requireNonNullElse(value(code + "Label"), code)));
            }
        }
        List<String> own = parsed.lines("ownCriteria", 500, OWN_CRITERIA);
        for (int i = 0; i < own.size(); i++) {
            call.getCriteria().add(new Criterion(Criterion.Kind.MANDATORY, OWN_CRITERION_PREFIX + (i + 1), own.get(i)));
        }
        call.getCriteria().addAll(bonus(parsed));
        Integer minThemes = parsed.number("minThemes", 1, 10, false);
        call.setMinThemes(minThemes == null ? 1 : minThemes);
        call.setOpensOn(parsed.date("opensOn"));
        call.setDeadline(parsed.moment("deadline"));
        Integer tables = parsed.number("forumTables", 1, 500, false);
        Integer minutes = parsed.number("forumSlotMinutes", 5, 240, false);
        Integer slots = parsed.number("forumSlots", 1, 100, false);
        call.recordForum(parsed.moment("forumAt"), value("forumPlace"), tables, minutes, slots);
        call.setContact(value("contactName"), value("contactEmail"));
        call.setCommunityUrl(value("communityUrl"));
        call.getUmbrellaEvents().clear();
        call.getUmbrellaEvents().addAll(umbrellaEvents(parsed));
        call.setDelays(
                period(parsed, "deadlineReminderDays"),
                period(parsed, "informationReminderDays"),
                period(parsed, "informationClosingDays"),
                period(parsed, "eligibilityCheckDays"));
        call.setForumReminderDelay(period(parsed, "forumReminderDays"));
        call.setHoldDecisionMails(isOn("holdDecisionMails"));
        call.setPublishesDelays(isOn("publishesDelays"));
        call.setReviewerGroup(value("reviewerGroup"));
        call.setRetention(months(parsed, "retentionUnsuccessfulMonths"), months(parsed, "retentionProgrammedMonths"));
        call.setContestText(value("contestText"));
    }

    /** What differs from {@code before}, one "field: old → new" per line, long texts cut. */
    public List<String> changesFrom(CallForm before) {
        return FIELDS.stream()
                .filter(f -> !Objects.equals(before.value(f), value(f)))
                .map(f -> f + ": " + shown(before.value(f)) + " → " + shown(value(f)))
                .toList();
    }

    /** Whether those changes touch the eligibility rules. */
    static boolean touchRules(List<String> changes) {
        return changes.stream().anyMatch(line -> RULE_FIELDS.contains(line.substring(0, line.indexOf(':'))));
    }

    private List<CallTheme> themes(Parsed parsed) {
        List<CallTheme> themes = new ArrayList<>();
        for (String line : parsed.lines("themes", 700, MAX_THEMES)) {
            String[] parts = cells(line, 0);
            boolean coded = parts.length > 1 && HYPHENATED.matcher(parts[0]).matches();
            String label = coded ? parts[1] : parts[0];
            String english = coded ? (parts.length > 2 ? parts[2] : null) : (parts.length > 1 ? parts[1] : null);
            themes.add(new CallTheme(coded ? parts[0] : code(label), label, english));
        }
        if (themes.stream().map(CallTheme::code).distinct().count() < themes.size()) {
            parsed.refused.put("themes", "call.error.duplicateCode");
        }
        return themes;
    }

    private List<Criterion> bonus(Parsed parsed) {
        List<Criterion> bonus = new ArrayList<>();
        for (String line : parsed.lines("bonusCriteria", 600, MAX_BONUS_CRITERIA)) {
            String[] parts = cells(line, 2);
            boolean coded = parts.length > 1 && HYPHENATED.matcher(parts[0]).matches();
            String label = coded ? parts[1] : line;
            bonus.add(new Criterion(Criterion.Kind.BONUS, coded ? parts[0] : code(label), label));
        }
        if (bonus.stream().map(Criterion::code).distinct().count() < bonus.size()) {
            parsed.refused.put("bonusCriteria", "call.error.duplicateCode");
        }
        return bonus;
    }

    private List<UmbrellaEvent> umbrellaEvents(Parsed parsed) {
        List<UmbrellaEvent> events = new ArrayList<>();
        for (String line : parsed.lines("umbrellaEvents", 300, MAX_UMBRELLA_EVENTS)) {
            String[] parts = cells(line, 0);
            try {
                LocalDate from = parts.length > 1 ? LocalDate.parse(parts[1]) : null;
                LocalDate to = parts.length > 2 ? LocalDate.parse(parts[2]) : from;
                if (from != null && to.isBefore(from)) {
                    parsed.refused.put("umbrellaEvents", "call.error.order");
                }
                events.add(new UmbrellaEvent(parts[0], from, to));
            } catch (DateTimeParseException e) {
                parsed.refused.put("umbrellaEvents", "call.error.eventLine");
            }
        }
        return events;
    }

    /**
     * A line's cells around | ("astronomy | Astronomie | Astronomy"), each stripped, trailing empty ones dropped; at
     * most {@code limit} cells when it is above 0. Split on the character, never with a pattern around it:
     * "\\s*\\|\\s*" tries every run of spaces from each of its starts, and a line of 80,000 spaces took 25 s.
     */
    static String[] cells(String line, int limit) {
        String[] parts = line.split("\\|", limit);
        int kept = parts.length;
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parts[i].strip();
        }
        while (kept > 1 && parts[kept - 1].isEmpty()) {
            kept--;
        }
        return Arrays.copyOf(parts, kept);
    }

    /** An address part of links: lower-case letters, digits and single hyphens, 80 characters at most. */
    static boolean isSlug(String value) {
        return value.length() <= 80 && HYPHENATED.matcher(value).matches();
    }

    /** "Sciences de la Terre" → "sciences-de-la-terre": a stable code from a label. */
    static String code(String label) {
        String code =
                CommuneNames.normalise(label).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return code.length() > 60 ? code.substring(0, 60).replaceAll("-$", "") : code;
    }

    private static Period period(Parsed parsed, String field) {
        Integer days = parsed.number(field, 1, 365, false);
        return days == null ? null : Period.ofDays(days);
    }

    private static Period months(Parsed parsed, String field) {
        Integer months = parsed.number(field, MIN_RETENTION_MONTHS, MAX_RETENTION_MONTHS, false);
        return months == null ? null : Period.ofMonths(months);
    }

    private static String months(Optional<Period> period) {
        return period.map(p -> Long.toString(p.toTotalMonths())).orElse(null);
    }

    private static String days(String period) {
        return period == null
                ? null
                : Integer.toString(
                        Period.parse(period).getDays() + Period.parse(period).getMonths() * 30);
    }

    private static String local(OffsetDateTime moment) {
        return moment.atZoneSameInstant(ParisTime.ZONE).toLocalDateTime().toString();
    }

    private static <T> String lines(List<T> items, Function<T, String> line) {
        return items.isEmpty()
                ? null
                : String.join("\n", items.stream().map(line).toList());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String shown(String value) {
        if (value == null) {
            return "—";
        }
        String flat = value.replace('\n', ' ');
        return flat.length() > 120 ? flat.substring(0, 119) + "…" : flat;
    }

    private static String normalise(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.replace("\r\n", "\n").strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** Reads typed values, noting each refusal once, under its field. */
    private final class Parsed {

        private final Map<String, String> refused;

        Parsed(Map<String, String> refused) {
            this.refused = refused;
        }

        /** The value, or null when it is missing or too long: a refused value is never read further. */
        String text(String field, int max, boolean required) {
            String value = value(field);
            if (value == null && required) {
                refused.putIfAbsent(field, "call.error.required");
            } else if (value != null && value.length() > max) {
                refused.putIfAbsent(field, "call.error.tooLong");
                return null;
            }
            return value;
        }

        /** Distinct non-blank lines of at most {@code max} characters, {@code maxLines} of them; none when refused. */
        List<String> lines(String field, int max, int maxLines) {
            String value = value(field);
            if (value == null) {
                return List.of();
            }
            if (value.length() > (long) maxLines * (max + 2)) {
                refused.putIfAbsent(field, "call.error.tooLong");
                return List.of();
            }
            Set<String> lines = new LinkedHashSet<>(
                    value.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
            if (lines.stream().anyMatch(l -> l.length() > max)) {
                refused.putIfAbsent(field, "call.error.tooLong");
                return List.of();
            }
            if (lines.size() > maxLines) {
                refused.putIfAbsent(field, "call.error.tooManyLines:" + maxLines);
                return List.of();
            }
            return List.copyOf(lines);
        }

        LocalDate date(String field) {
            if (text(field, DATE_LENGTH, false) == null) {
                return null;
            }
            try {
                return LocalDate.parse(value(field));
            } catch (DateTimeParseException e) {
                refused.putIfAbsent(field, "call.error.date");
                return null;
            }
        }

        /** A date and time as the page's datetime-local field sends it, in Paris time. */
        OffsetDateTime moment(String field) {
            if (text(field, DATE_LENGTH, false) == null) {
                return null;
            }
            try {
                return value(field) == null
                        ? null
                        : LocalDateTime.parse(value(field))
                                .atZone(ParisTime.ZONE)
                                .toOffsetDateTime();
            } catch (DateTimeParseException e) {
                refused.putIfAbsent(field, "call.error.datetime");
                return null;
            }
        }

        Integer number(String field, long min, long max, boolean required) {
            String value = text(field, 20, required);
            if (value == null) {
                return null;
            }
            try {
                long number = Long.parseLong(value);
                if (number < min || number > max) {
                    refused.putIfAbsent(field, "call.error.range");
                    return null;
                }
                return (int) Math.min(number, Integer.MAX_VALUE);
            } catch (NumberFormatException e) {
                refused.putIfAbsent(field, "call.error.number");
                return null;
            }
        }
    }
}
