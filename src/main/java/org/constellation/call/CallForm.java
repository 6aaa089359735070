package org.constellation.call;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.constellation.funding.Amounts;
import org.constellation.funding.Siret;
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

    /**
     * Selection by a jury (issue 30): its settings and its grid are rules too, as the eligibility criteria are; a
     * change after opening makes a new version.
     */
    private static final List<String> JURY = List.of(
            "jury",
            "juryExpertGroup",
            "juryExpertsPerProposal",
            "juryPlaces",
            "juryWaitingList",
            "juryScaleMax",
            "juryCommentBelow",
            "juryAggregation",
            "juryDisagreementSpread",
            "juryTieBreak",
            "juryReviewDays",
            "juryPublishesScores",
            "juryPeerScores",
            "juryCriteria");

    /**
     * What a selected or labelled project must do after selection (issue 31, part 2): one obligation a line, « Libellé
     * ; type ; jours ; avant|après ». Rules too, as the jury's are: a change after opening makes a new version.
     */
    private static final List<String> OBLIGATIONS = List.of("obligations");

    /**
     * A labelling call (issue 31): the switch, the label's name and usage rules, and its charter. The switch and the
     * charter decide who is labelled, so they are rules as the eligibility criteria are; the name and the usage rules
     * only say it.
     */
    private static final List<String> LABEL = List.of("label", "labelName", "labelUsageRules", "labelCommitments");

    private static final List<String> LABEL_RULES = List.of("label", "labelCommitments");

    /**
     * A call that funds projects (issue 32): the switch, the envelope, the ceiling and the largest share of eligible
     * expenses, the categories of those expenses, one a line, the advance, the final report's delay and when an
     * agreement is needed. They decide what an applicant may ask and on what terms: rules, as the jury's are. The
     * funder, who only pays, is not.
     */
    private static final List<String> FUNDING_RULES = List.of(
            "funding",
            "fundingEnvelope",
            "fundingCeiling",
            "fundingLargestShare",
            "fundingCategories",
            "fundingAdvanceShare",
            "fundingReportMonths",
            "fundingAgreementThreshold",
            "fundingAgreementAlways");

    /**
     * Who pays, and what the call writes into each agreement besides its terms (« Clauses particulières »): the terms
     * of the awards, not rules an applicant is judged by.
     */
    private static final List<String> FUNDER =
            List.of("fundingFunderName", "fundingFunderSiret", "fundingAgreementClauses");

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
                            "reviewerGroup"),
                    JURY,
                    OBLIGATIONS,
                    LABEL,
                    FUNDING_RULES,
                    FUNDER,
                    List.of("retentionUnsuccessfulMonths", "retentionProgrammedMonths", "contestText"))
            .flatMap(List::stream)
            .toList();

    static final Set<String> RULE_FIELDS = Stream.of(RULES, JURY, OBLIGATIONS, LABEL_RULES, FUNDING_RULES)
            .flatMap(List::stream)
            .collect(Collectors.toUnmodifiableSet());
    /** The fields switched on or off (a box ticked or not): "on", or no value. */
    public static final Set<String> SWITCHES = Set.of(
            "dates",
            "territory",
            "themesCriterion",
            "public",
            "holdDecisionMails",
            "publishesDelays",
            "jury",
            "juryPublishesScores",
            "juryPeerScores",
            "label",
            "funding",
            "fundingAgreementAlways");
    /** The fields chosen from a list, with the values it offers; the page names each one call.{field}.{value}. */
    public static final Map<String, List<String>> CHOICES = Map.of(
            "juryAggregation", names(Jury.Aggregation.values()),
            "juryTieBreak", names(Jury.TieBreak.values()));
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
    /** A group's id as Camunda keeps it (and the call's column). */
    private static final int GROUP_LENGTH = 64;

    static final int MAX_EXPERTS_PER_PROPOSAL = 20;
    static final int MAX_PLACES = 10_000;
    static final int MAX_SCALE = 100;
    static final int MAX_WEIGHT = 100;
    /** A grid criterion's words, as the column keeps them. */
    static final int MAX_JURY_LABEL = 300;
    /** "1,5" or "1.5": a decimal comma as French writes it, or a point; two decimals, as the column keeps them. */
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,4}([.,]\\d{1,2})?");

    private static final Pattern WEIGHT = Pattern.compile("\\d{1,3}");

    static final int MAX_OBLIGATIONS = 8;
    /** An obligation's words, as the column keeps them. */
    static final int MAX_OBLIGATION_LABEL = 200;

    static final int MAX_OBLIGATION_DAYS = 365;
    private static final Pattern DAYS = Pattern.compile("\\d{1,3}");
    /**
     * The words of a line's type and of what its days count from, as the box shows them (French first); the English
     * ones are read too, and the French written back.
     */
    private static final Map<CallObligation.Kind, String> KIND_WORDS = Map.of(
            CallObligation.Kind.ARTICLE, "article",
            CallObligation.Kind.ANNOUNCEMENT, "annonce",
            CallObligation.Kind.PHOTO, "photo",
            CallObligation.Kind.OTHER, "autre");

    private static final Map<String, CallObligation.Kind> KINDS_READ = Map.of(
            "article", CallObligation.Kind.ARTICLE,
            "annonce", CallObligation.Kind.ANNOUNCEMENT,
            "announcement", CallObligation.Kind.ANNOUNCEMENT,
            "photo", CallObligation.Kind.PHOTO,
            "autre", CallObligation.Kind.OTHER,
            "other", CallObligation.Kind.OTHER);
    private static final Map<String, CallObligation.Relative> RELATIVES_READ = Map.of(
            "avant", CallObligation.Relative.BEFORE,
            "before", CallObligation.Relative.BEFORE,
            "apres", CallObligation.Relative.AFTER,
            "after", CallObligation.Relative.AFTER);
    static final int MAX_LABEL_NAME = 200;
    /** A commitment's words, as the column keeps them. */
    static final int MAX_COMMITMENT = 300;
    /**
     * The words after « ; » that say who checks a commitment, in French or English; a line without them is the
     * reviewer's to check.
     */
    private static final Map<String, LabelCommitment.CheckedBy> CHECKERS = Map.of(
            "formulaire", LabelCommitment.CheckedBy.FORM,
            "form", LabelCommitment.CheckedBy.FORM,
            "relecteur", LabelCommitment.CheckedBy.REVIEWER,
            "relectrice", LabelCommitment.CheckedBy.REVIEWER,
            "reviewer", LabelCommitment.CheckedBy.REVIEWER);
    /** How {@link #of} writes a commitment the form checks: « Gratuit ; formulaire ». */
    private static final String FORM_CHECKED = "formulaire";

    /** A category of eligible expenses in words, as the column keeps it. */
    static final int MAX_FUNDING_CATEGORY = 200;
    /** The final report's delay, in months: two years at most. */
    static final int MAX_REPORT_MONTHS = 24;
    /** An amount or a SIRET as typed, spaces and sign included: « 1 000 000 000,00 € » and some. */
    private static final int AMOUNT_LENGTH = 30;
    /** A whole percent, « 65 » or « 65 % ». */
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3})\\p{Zs}*%?");

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
        juryValues(v, call.getJury(), call.getJuryCriteria());
        v.put(
                "obligations",
                lines(
                        call.getObligations(),
                        o -> o.label() + " ; " + KIND_WORDS.get(o.kind()) + " ; " + o.offsetDays() + " ; "
                                + (o.relativeTo() == CallObligation.Relative.BEFORE ? "avant" : "après")));
        labelValues(v, call.getLabelling(), call.getLabelCommitments());
        fundingValues(v, call.getFunding(), call.getFundingCategories());
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
        juryValues(v, new Jury(), List.of());
        labelValues(v, new Labelling(), List.of());
        fundingValues(v, new Funding(), List.of());
        return new CallForm(v);
    }

    /** The jury's choices as the page shows them; the spread with a decimal comma, as French writes it. */
    private static void juryValues(Map<String, String> v, Jury jury, List<JuryCriterion> criteria) {
        v.put("jury", jury.isEnabled() ? "on" : null);
        v.put("juryExpertGroup", jury.getExpertGroup());
        v.put("juryExpertsPerProposal", Integer.toString(jury.getExpertsPerProposal()));
        v.put("juryPlaces", Integer.toString(jury.getPlaces()));
        v.put("juryWaitingList", Integer.toString(jury.getWaitingList()));
        v.put("juryScaleMax", Integer.toString(jury.getScaleMax()));
        v.put("juryCommentBelow", Integer.toString(jury.getCommentBelow()));
        v.put("juryAggregation", jury.getAggregation().name());
        v.put(
                "juryDisagreementSpread",
                jury.getDisagreementSpread()
                        .stripTrailingZeros()
                        .toPlainString()
                        .replace('.', ','));
        v.put("juryTieBreak", jury.getTieBreak().name());
        v.put("juryReviewDays", days(jury.getReviewDelay().toString()));
        v.put("juryPublishesScores", jury.publishesScores() ? "on" : null);
        v.put("juryPeerScores", jury.showsPeerScoresAfterOwn() ? "on" : null);
        v.put("juryCriteria", lines(criteria, c -> c.label() + " ; " + c.weight()));
    }

    /**
     * The label's choices as the page shows them: a commitment a line, « ; formulaire » after those the form checks.
     */
    private static void labelValues(Map<String, String> v, Labelling labelling, List<LabelCommitment> commitments) {
        v.put("label", labelling.isEnabled() ? "on" : null);
        v.put("labelName", labelling.getName());
        v.put("labelUsageRules", labelling.getUsageRules());
        v.put(
                "labelCommitments",
                lines(
                        commitments,
                        c -> c.checkedBy() == LabelCommitment.CheckedBy.FORM
                                ? c.label() + " ; " + FORM_CHECKED
                                : c.label()));
    }

    /**
     * The funding's choices as the page shows them: amounts in French without the sign, « 30 000 », as a coordinator
     * types them; the report's delay in months.
     */
    private static void fundingValues(Map<String, String> v, Funding funding, List<String> categories) {
        v.put("funding", funding.isEnabled() ? "on" : null);
        v.put("fundingEnvelope", amount(funding.getEnvelope()));
        v.put("fundingCeiling", amount(funding.getCeiling()));
        v.put("fundingLargestShare", text(funding.getLargestShare()));
        v.put("fundingCategories", lines(categories, Function.identity()));
        v.put("fundingAdvanceShare", Integer.toString(funding.getAdvanceShare()));
        v.put("fundingReportMonths", Long.toString(funding.getReportDelay().toTotalMonths()));
        v.put("fundingAgreementThreshold", amount(funding.getAgreementThreshold()));
        v.put("fundingAgreementAlways", funding.requiresAgreementAlways() ? "on" : null);
        v.put("fundingFunderName", funding.getFunderName());
        v.put("fundingFunderSiret", funding.getFunderSiret());
        v.put("fundingAgreementClauses", funding.getAgreementClauses());
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
        String expertGroup = jury(parsed).expertGroup();
        if (isOn("jury") && expertGroup != null && !knownGroups.contains(expertGroup)) {
            refused.put("juryExpertGroup", "call.error.group");
        }
        obligations(parsed);
        label(parsed);
        funding(parsed);
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
        // A labelling call's eligibility is its charter: it needs no other criterion.
        if (call.criteriaOfKind(Criterion.Kind.MANDATORY).isEmpty() && !call.labels()) {
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
        applyJury(call, jury(parsed));
        call.setObligations(obligations(parsed));
        call.getLabelling().set(isOn("label"), value("labelName"), value("labelUsageRules"));
        call.setLabelCommitments(label(parsed));
        applyFunding(call, funding(parsed));
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

    /** The jury's settings as read: null where a value is missing or refused. */
    private record JuryChoices(
            String expertGroup,
            Integer expertsPerProposal,
            Integer places,
            Integer waitingList,
            Integer scaleMax,
            Integer commentBelow,
            Jury.Aggregation aggregation,
            BigDecimal disagreementSpread,
            Jury.TieBreak tieBreak,
            Integer reviewDays,
            List<JuryCriterion> criteria) {}

    /**
     * Reads the jury's settings whether it is on or off: a value typed is checked either way. On, each is required, and
     * the grid needs a criterion; the comment threshold and the spread stay within the scale.
     */
    private JuryChoices jury(Parsed parsed) {
        boolean on = isOn("jury");
        String group = parsed.text("juryExpertGroup", GROUP_LENGTH, on);
        Integer experts = parsed.number("juryExpertsPerProposal", 1, MAX_EXPERTS_PER_PROPOSAL, on);
        Integer places = parsed.number("juryPlaces", 1, MAX_PLACES, on);
        Integer waitingList = parsed.number("juryWaitingList", 0, MAX_PLACES, on);
        Integer scale = parsed.number("juryScaleMax", 1, MAX_SCALE, on);
        Integer commentBelow = parsed.number("juryCommentBelow", 0, MAX_SCALE, on);
        if (scale != null && commentBelow != null && commentBelow > scale) {
            parsed.refused.putIfAbsent("juryCommentBelow", "call.error.aboveScale:" + scale);
            commentBelow = null;
        }
        Jury.Aggregation aggregation = parsed.choice("juryAggregation", Jury.Aggregation.class, on);
        BigDecimal spread = parsed.decimal("juryDisagreementSpread", on);
        if (scale != null && spread != null && spread.compareTo(BigDecimal.valueOf(scale)) > 0) {
            parsed.refused.putIfAbsent("juryDisagreementSpread", "call.error.aboveScale:" + scale);
            spread = null;
        }
        Jury.TieBreak tieBreak = parsed.choice("juryTieBreak", Jury.TieBreak.class, on);
        Integer reviewDays = parsed.number("juryReviewDays", 1, 365, on);
        List<JuryCriterion> criteria = juryCriteria(parsed);
        if (on && criteria.isEmpty()) {
            parsed.refused.putIfAbsent("juryCriteria", "call.error.juryCriteriaRequired");
        }
        return new JuryChoices(
                group,
                experts,
                places,
                waitingList,
                scale,
                commentBelow,
                aggregation,
                spread,
                tieBreak,
                reviewDays,
                criteria);
    }

    /**
     * The grid, a criterion a line: « Libellé ; poids », the weight a whole number from 1. A line that is not is
     * refused by its number in the box, so that the coordinator finds it.
     */
    private List<JuryCriterion> juryCriteria(Parsed parsed) {
        return eachLine(
                parsed,
                "juryCriteria",
                Jury.MAX_CRITERIA * (MAX_JURY_LABEL + 8),
                Jury.MAX_CRITERIA,
                "juryCriterion",
                line -> {
                    int separator = line.lastIndexOf(';');
                    String label =
                            separator < 0 ? "" : line.substring(0, separator).strip();
                    String typed =
                            separator < 0 ? "" : line.substring(separator + 1).strip();
                    int weight = WEIGHT.matcher(typed).matches() ? Integer.parseInt(typed) : 0;
                    return label.isEmpty() || label.length() > MAX_JURY_LABEL || weight < 1 || weight > MAX_WEIGHT
                            ? null
                            : new JuryCriterion(label, weight);
                },
                JuryCriterion::label);
    }

    /**
     * A box of one item a line (the jury's grid, a label's charter): each line that is not blank read by {@code read}
     * (null: refused as « {@code kind}Line » with its number), a label met again refused as « {@code kind}Twice », at
     * most {@code most} lines. A refused box gives no item.
     */
    private static <T> List<T> eachLine(
            Parsed parsed,
            String field,
            int longest,
            int most,
            String kind,
            Function<String, T> read,
            Function<T, String> label) {
        String value = parsed.text(field, longest, false);
        if (value == null) {
            return List.of();
        }
        List<T> items = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        String[] lines = value.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            T item = read.apply(line);
            if (item == null) {
                parsed.refused.putIfAbsent(field, "call.error." + kind + "Line:" + (i + 1));
                return List.of();
            }
            if (!labels.add(label.apply(item).toLowerCase(Locale.ROOT))) {
                parsed.refused.putIfAbsent(field, "call.error." + kind + "Twice:" + (i + 1));
                return List.of();
            }
            items.add(item);
        }
        if (items.size() > most) {
            parsed.refused.putIfAbsent(field, "call.error.tooManyLines:" + most);
            return List.of();
        }
        return items;
    }

    /**
     * The obligations, one a line: « Libellé ; type ; jours ; avant|après », the type article, annonce, photo or autre,
     * the days a whole number from 0, counted back from the first session (avant) or on from the last (après). A line
     * that is not is refused by its number in the box and what is wrong in it, so that the coordinator finds it.
     */
    private List<CallObligation> obligations(Parsed parsed) {
        String value = parsed.text("obligations", MAX_OBLIGATIONS * (MAX_OBLIGATION_LABEL + 40), false);
        if (value == null) {
            return List.of();
        }
        List<CallObligation> obligations = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        String[] lines = value.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            ObligationLine read = obligation(lines[i].strip());
            String refusal = read.refusal();
            if (refusal == null && !labels.add(read.obligation().label().toLowerCase(Locale.ROOT))) {
                refusal = "call.error.obligationTwice";
            }
            if (refusal != null) {
                parsed.refused.putIfAbsent("obligations", refusal + ":" + (i + 1));
                return List.of();
            }
            obligations.add(read.obligation());
        }
        if (obligations.size() > MAX_OBLIGATIONS) {
            parsed.refused.putIfAbsent("obligations", "call.error.tooManyLines:" + MAX_OBLIGATIONS);
            return List.of();
        }
        return obligations;
    }

    /** One line of the obligations read: the obligation, or the message key of what is wrong in it. */
    private record ObligationLine(CallObligation obligation, String refusal) {

        static ObligationLine refused(String key) {
            return new ObligationLine(null, key);
        }
    }

    private static ObligationLine obligation(String line) {
        // The last three cells from the end: the words may hold a semicolon of their own.
        String[] cells = new String[4];
        String rest = line;
        for (int cell = 3; cell > 0; cell--) {
            int separator = rest.lastIndexOf(';');
            if (separator < 0) {
                return ObligationLine.refused("call.error.obligationLine");
            }
            cells[cell] = rest.substring(separator + 1).strip();
            rest = rest.substring(0, separator);
        }
        String label = rest.strip();
        CallObligation.Kind kind = KINDS_READ.get(CommuneNames.normalise(cells[1]));
        CallObligation.Relative relative = RELATIVES_READ.get(CommuneNames.normalise(cells[3]));
        int days = DAYS.matcher(cells[2]).matches() ? Integer.parseInt(cells[2]) : -1;
        if (label.isEmpty() || label.length() > MAX_OBLIGATION_LABEL) {
            return ObligationLine.refused("call.error.obligationLabel");
        }
        if (kind == null) {
            return ObligationLine.refused("call.error.obligationKind");
        }
        if (days < 0 || days > MAX_OBLIGATION_DAYS) {
            return ObligationLine.refused("call.error.obligationDays");
        }
        if (relative == null) {
            return ObligationLine.refused("call.error.obligationWhen");
        }
        return new ObligationLine(new CallObligation(label, kind, days, relative), null);
    }

    /** The jury as read; a value the form did not send keeps the call's (the page always sends them all). */
    private void applyJury(Call call, JuryChoices chosen) {
        Jury jury = call.getJury();
        jury.set(
                isOn("jury"),
                Objects.requireNonNullElse(chosen.expertGroup(), jury.getExpertGroup()),
                Objects.requireNonNullElse(chosen.expertsPerProposal(), jury.getExpertsPerProposal()),
                Objects.requireNonNullElse(chosen.places(), jury.getPlaces()),
                Objects.requireNonNullElse(chosen.waitingList(), jury.getWaitingList()),
                Objects.requireNonNullElse(chosen.scaleMax(), jury.getScaleMax()),
                Objects.requireNonNullElse(chosen.commentBelow(), jury.getCommentBelow()),
                Objects.requireNonNullElse(chosen.aggregation(), jury.getAggregation()),
                Objects.requireNonNullElse(chosen.disagreementSpread(), jury.getDisagreementSpread()),
                Objects.requireNonNullElse(chosen.tieBreak(), jury.getTieBreak()),
                chosen.reviewDays() == null ? jury.getReviewDelay() : Period.ofDays(chosen.reviewDays()),
                isOn("juryPublishesScores"),
                isOn("juryPeerScores"));
        call.setJuryCriteria(chosen.criteria());
    }

    /**
     * Reads the label's settings whether it is on or off: a value typed is checked either way. On, it needs its name
     * and a charter of at least one commitment. Returns the charter as read.
     */
    private List<LabelCommitment> label(Parsed parsed) {
        boolean on = isOn("label");
        parsed.text("labelName", MAX_LABEL_NAME, on);
        parsed.text("labelUsageRules", LONG, false);
        List<LabelCommitment> commitments = labelCommitments(parsed);
        if (on && commitments.isEmpty()) {
            parsed.refused.putIfAbsent("labelCommitments", "call.error.labelCommitmentsRequired");
        }
        return commitments;
    }

    /**
     * The charter, a commitment a line: « Gratuit ; formulaire » when the applicant's answer on the form is enough, the
     * words alone (or « ; relecteur ») when the reviewer checks it. A line that is not is refused by its number in the
     * box, so that the coordinator finds it.
     */
    private List<LabelCommitment> labelCommitments(Parsed parsed) {
        return eachLine(
                parsed,
                "labelCommitments",
                Labelling.MAX_COMMITMENTS * (MAX_COMMITMENT + FORM_CHECKED.length() + 4),
                Labelling.MAX_COMMITMENTS,
                "labelCommitment",
                line -> {
                    int separator = line.lastIndexOf(';');
                    String label =
                            separator < 0 ? line : line.substring(0, separator).strip();
                    LabelCommitment.CheckedBy checkedBy = separator < 0
                            ? LabelCommitment.CheckedBy.REVIEWER
                            : CHECKERS.get(line.substring(separator + 1).strip().toLowerCase(Locale.ROOT));
                    return label.isEmpty() || label.length() > MAX_COMMITMENT || checkedBy == null
                            ? null
                            : new LabelCommitment(label, checkedBy);
                },
                LabelCommitment::label);
    }

    /** The funding's settings as read: null where a value is missing or refused; amounts in cents. */
    private record FundingChoices(
            Long envelope,
            Long ceiling,
            Integer largestShare,
            List<String> categories,
            Integer advanceShare,
            Integer reportMonths,
            Long agreementThreshold,
            String funderSiret) {}

    /**
     * Reads the funding's settings whether it is on or off: a value typed is checked either way. On, each is required
     * (the funder too) and the categories need a line. The envelope and the ceiling are more than nothing, the ceiling
     * within the envelope; shares are whole percents; the funder's SIRET is a valid one.
     */
    private FundingChoices funding(Parsed parsed) {
        boolean on = isOn("funding");
        Long envelope = parsed.amount("fundingEnvelope", on);
        if (envelope != null && envelope == 0) {
            parsed.refused.putIfAbsent("fundingEnvelope", "call.error.amountPositive");
            envelope = null;
        }
        Long ceiling = parsed.amount("fundingCeiling", on);
        if (ceiling != null && ceiling == 0) {
            parsed.refused.putIfAbsent("fundingCeiling", "call.error.amountPositive");
            ceiling = null;
        } else if (ceiling != null && envelope != null && ceiling > envelope) {
            parsed.refused.putIfAbsent("fundingCeiling", "call.error.ceilingAboveEnvelope");
            ceiling = null;
        }
        Integer largestShare = parsed.percent("fundingLargestShare", on);
        List<String> categories = eachLine(
                parsed,
                "fundingCategories",
                Funding.MAX_CATEGORIES * (MAX_FUNDING_CATEGORY + 2),
                Funding.MAX_CATEGORIES,
                "fundingCategory",
                line -> line.length() > MAX_FUNDING_CATEGORY ? null : line,
                Function.identity());
        if (on && categories.isEmpty()) {
            parsed.refused.putIfAbsent("fundingCategories", "call.error.fundingCategoriesRequired");
        }
        Integer advanceShare = parsed.percent("fundingAdvanceShare", on);
        Integer reportMonths = parsed.number("fundingReportMonths", 1, MAX_REPORT_MONTHS, on);
        Long threshold = parsed.amount("fundingAgreementThreshold", on);
        parsed.text("fundingFunderName", SHORT, on);
        String typedSiret = parsed.text("fundingFunderSiret", AMOUNT_LENGTH, on);
        String siret = typedSiret == null ? null : Siret.read(typedSiret);
        if (typedSiret != null && siret == null) {
            parsed.refused.putIfAbsent("fundingFunderSiret", "call.error.siret");
        }
        parsed.text("fundingAgreementClauses", LONG, false);
        return new FundingChoices(
                envelope, ceiling, largestShare, categories, advanceShare, reportMonths, threshold, siret);
    }

    /** The funding as read; a value the form did not send keeps the call's (the page always sends them all). */
    private void applyFunding(Call call, FundingChoices chosen) {
        Funding funding = call.getFunding();
        funding.set(
                isOn("funding"),
                chosen.envelope(),
                chosen.ceiling(),
                chosen.largestShare(),
                Objects.requireNonNullElse(chosen.advanceShare(), funding.getAdvanceShare()),
                chosen.reportMonths() == null ? funding.getReportDelay() : Period.ofMonths(chosen.reportMonths()),
                Objects.requireNonNullElse(chosen.agreementThreshold(), funding.getAgreementThreshold()),
                isOn("fundingAgreementAlways"),
                value("fundingFunderName"),
                chosen.funderSiret());
        funding.setAgreementClauses(value("fundingAgreementClauses"));
        call.setFundingCategories(chosen.categories());
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

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String amount(Long cents) {
        return cents == null ? null : Amounts.typed(cents);
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

        /** One of the values a list offers, by the name the page sends. */
        <E extends Enum<E>> E choice(String field, Class<E> type, boolean required) {
            String value = text(field, 40, required);
            if (value == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                refused.putIfAbsent(field, "call.error.choice");
                return null;
            }
        }

        /** A decimal from 0, with a comma or a point, two decimals at most. */
        BigDecimal decimal(String field, boolean required) {
            String value = text(field, 20, required);
            if (value == null) {
                return null;
            }
            if (!DECIMAL.matcher(value).matches()) {
                refused.putIfAbsent(field, "call.error.decimal");
                return null;
            }
            return new BigDecimal(value.replace(',', '.'));
        }

        /** An amount in euros as people type it in French ({@link Amounts}), in cents. */
        Long amount(String field, boolean required) {
            String value = text(field, AMOUNT_LENGTH, required);
            if (value == null) {
                return null;
            }
            Amounts.Reading amount = Amounts.read(value);
            if (amount.isAmount()) {
                return amount.cents();
            }
            refused.putIfAbsent(field, "call.error." + amount.problem().code());
            return null;
        }

        /** A whole percent from 0 to 100, « 65 » or « 65 % ». */
        Integer percent(String field, boolean required) {
            String value = text(field, 20, required);
            if (value == null) {
                return null;
            }
            Matcher percent = PERCENT.matcher(value);
            int share = percent.matches() ? Integer.parseInt(percent.group(1)) : -1;
            if (share < 0 || share > 100) {
                refused.putIfAbsent(field, "call.error.percent");
                return null;
            }
            return share;
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
