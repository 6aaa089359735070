package org.constellation.selection;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.constellation.workflow.TypedText;

/**
 * A committee's sitting as a coordinator fills it in on the committee's page (plain rules, {@code SittingFormTest}):
 * its day, typed as 12/03/2027 or sent by a date field as 2027-03-12, and not after today; who sat, one per line; the
 * proposals it decided, among those the page offered (they wait for the committee); one outcome and one motivation for
 * all of them. Each refusal is a message key by field, in the form's order; {@link Committee#decide}'s own refusals
 * find their field through {@link #fieldOf}.
 */
public final class SittingForm {

    public static final String DAY = "sittingDay";
    public static final String MEMBERS = "sittingMembers";
    public static final String PROPOSALS = "sittingProposals";
    public static final String OUTCOME = "sittingOutcome";
    public static final String MOTIVATION = "sittingMotivation";

    /** More names than a committee seats, or a name longer than a name and its title, is a paste gone wrong. */
    static final int MOST_MEMBERS = 40;

    static final int LONGEST_NAME = 200;
    static final int LONGEST_MOTIVATION = 10_000;

    /** A day as the team types it: 12/03/2027, or 5/3/2027; 31/02/2027 is no day. */
    private static final DateTimeFormatter TYPED_DAY =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private static final Pattern NUMBER = Pattern.compile("\\d{1,18}");

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final Set<String> chosen = new LinkedHashSet<>();
    private LocalDate day;
    private List<String> members = List.of();
    private List<Long> proposalIds = List.of();
    private SelectionOutcome outcome;
    private String motivation;

    private SittingForm() {}

    /**
     * Reads a sitting as posted; {@code awaiting} are the proposals of the call that wait for the committee now, the
     * only ones it may decide.
     */
    public static SittingForm read(
            String day,
            String members,
            Collection<String> proposals,
            String outcome,
            String motivation,
            LocalDate today,
            Set<Long> awaiting) {
        SittingForm form = new SittingForm();
        form.readDay(day, today);
        form.readMembers(members);
        form.readProposals(proposals == null ? List.of() : proposals, awaiting);
        form.readOutcome(outcome);
        form.readMotivation(motivation);
        return form;
    }

    /** The field a refusal of {@link Committee#decide} is about. */
    public static String fieldOf(String refusalKey) {
        return switch (refusalKey) {
            case "jury.refused.date-required" -> DAY;
            case "jury.refused.members-required" -> MEMBERS;
            case "jury.refused.motivation-required" -> MOTIVATION;
            default -> PROPOSALS;
        };
    }

    private void readDay(String typed, LocalDate today) {
        String text = stripped(typed);
        values.put(DAY, text);
        if (text == null) {
            errors.put(DAY, "jury.refused.date-required");
            return;
        }
        LocalDate parsed = day(text);
        if (parsed == null) {
            errors.put(DAY, "jury.sitting.error.date");
        } else if (parsed.isAfter(today)) {
            errors.put(DAY, "jury.sitting.error.future");
        } else {
            day = parsed;
            // As a date field shows it again, whichever way it was typed.
            values.put(DAY, parsed.toString());
        }
    }

    /** The day typed, as a date field sends it or as the team writes it; null when it is neither. */
    static LocalDate day(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notIso) {
            try {
                return LocalDate.parse(text, TYPED_DAY);
            } catch (DateTimeParseException notTyped) {
                return null;
            }
        }
    }

    private void readMembers(String typed) {
        String text = typed == null ? "" : typed;
        values.put(MEMBERS, text);
        if (TypedText.hasHiddenCharacters(text)) {
            errors.put(MEMBERS, "validation.controlCharacters");
            return;
        }
        List<String> names = text.lines()
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .distinct()
                .toList();
        if (names.isEmpty()) {
            errors.put(MEMBERS, "jury.refused.members-required");
        } else if (names.size() > MOST_MEMBERS || names.stream().anyMatch(name -> name.length() > LONGEST_NAME)) {
            errors.put(MEMBERS, "jury.sitting.error.members");
        } else {
            members = names;
        }
    }

    private void readProposals(Collection<String> typed, Set<Long> awaiting) {
        List<Long> ids = new ArrayList<>();
        for (String each : typed) {
            String text = stripped(each);
            if (text == null) {
                continue;
            }
            chosen.add(text);
            Long id = NUMBER.matcher(text).matches() ? Long.valueOf(text) : null;
            if (id == null || !awaiting.contains(id)) {
                // Decided since the page was shown, withdrawn, or of no such proposal.
                errors.put(PROPOSALS, "jury.refused.not-awaiting");
                return;
            }
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        if (ids.isEmpty()) {
            errors.put(PROPOSALS, "jury.refused.none-chosen");
        } else {
            proposalIds = List.copyOf(ids);
        }
    }

    private void readOutcome(String typed) {
        String text = stripped(typed);
        values.put(OUTCOME, text);
        try {
            outcome = text == null ? null : SelectionOutcome.valueOf(text);
        } catch (IllegalArgumentException unknown) {
            outcome = null;
        }
        if (outcome == null) {
            errors.put(OUTCOME, "jury.sitting.error.outcome");
        }
    }

    private void readMotivation(String typed) {
        values.put(MOTIVATION, typed);
        String text = stripped(typed);
        if (text == null) {
            errors.put(MOTIVATION, "jury.refused.motivation-required");
        } else if (text.length() > LONGEST_MOTIVATION) {
            errors.put(MOTIVATION, "jury.sitting.error.motivation");
        } else if (TypedText.hasHiddenCharacters(text)) {
            errors.put(MOTIVATION, "validation.controlCharacters");
        } else {
            motivation = text;
        }
    }

    private static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /** Each refused field's message key, in the form's order. */
    public Map<String, String> errors() {
        return Collections.unmodifiableMap(errors);
    }

    /** The fields as typed (the day as a date field takes it once read), to show the form again. */
    public Map<String, String> values() {
        return Collections.unmodifiableMap(values);
    }

    /** The proposals ticked, as posted, to tick them again. */
    public Set<String> chosen() {
        return Collections.unmodifiableSet(chosen);
    }

    public LocalDate day() {
        return day;
    }

    public List<String> members() {
        return members;
    }

    public List<Long> proposalIds() {
        return proposalIds;
    }

    public SelectionOutcome outcome() {
        return outcome;
    }

    public String motivation() {
        return motivation;
    }
}
