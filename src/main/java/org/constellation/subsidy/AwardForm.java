package org.constellation.subsidy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constellation.funding.Amounts;
import org.constellation.workflow.TypedText;

/**
 * A coordinator's decision on a proposal of a funding call as the awards page posts it (issue 32, part 3; plain rules,
 * {@code AwardFormTest}): an award of an amount typed in French ({@link Amounts}), more than nothing, up to what the
 * proposal's budget asked and within what is left of the call's {@link Envelope}, with a reason when it is less than
 * asked (kept only then: the holder reads it beside the amount) and conditions if any; or a refusal, with its reason.
 * Each refusal is a message key by field, in the form's order, with the amounts it names.
 */
public final class AwardForm {

    public static final String DECISION = "decision";
    public static final String AMOUNT = "amount";
    public static final String REASON = "reason";
    public static final String CONDITIONS = "conditions";

    /** What the coordinator decides: the page's two buttons. */
    public enum Decision {
        AWARD,
        REFUSE
    }

    /** Why a field is refused: a message key, and the amounts in cents it names, written in the reader's words. */
    public record Problem(String key, List<Long> amounts) {

        static Problem of(String key, long... amounts) {
            return new Problem(key, Arrays.stream(amounts).boxed().toList());
        }
    }

    /** A reason is a few sentences, conditions a short list: the holder reads both in a mail. */
    static final int LONGEST_REASON = 2_000;

    static final int LONGEST_CONDITIONS = 4_000;

    private final Map<String, Problem> errors = new LinkedHashMap<>();
    private Decision decision;
    private Long amount;
    private String reason;
    private String conditions;

    private AwardForm() {}

    /**
     * Reads a decision as posted, for a proposal whose budget asked {@code asked} (cents) of a call whose envelope is
     * {@code envelope} now.
     */
    public static AwardForm read(
            String decision, String amount, String reason, String conditions, long asked, Envelope envelope) {
        AwardForm form = new AwardForm();
        form.decision = Arrays.stream(Decision.values())
                .filter(known -> known.name().equals(decision))
                .findFirst()
                .orElse(null);
        if (form.decision == null) {
            form.errors.put(DECISION, Problem.of("funding.award.error.decision"));
        } else if (form.decision == Decision.REFUSE) {
            form.readReason(reason, Problem.of("funding.award.error.refusalReasonRequired"));
        } else {
            form.readAmount(amount, asked, envelope);
            boolean lessThanAsked = form.amount != null && form.amount < asked;
            form.readReason(reason, lessThanAsked ? Problem.of("funding.award.error.reasonRequired", asked) : null);
            if (!lessThanAsked) {
                form.reason = null;
            }
            form.readConditions(conditions);
        }
        return form;
    }

    private void readAmount(String typed, long asked, Envelope envelope) {
        String text = stripped(typed);
        if (asked <= 0) {
            errors.put(AMOUNT, Problem.of("funding.award.error.nothingAsked"));
            return;
        }
        if (text == null) {
            errors.put(AMOUNT, Problem.of("funding.award.error.amountRequired", asked));
            return;
        }
        Amounts.Reading reading = Amounts.read(text);
        if (!reading.isAmount()) {
            errors.put(AMOUNT, Problem.of("call.error." + reading.problem().code()));
        } else if (reading.cents() == 0) {
            errors.put(AMOUNT, Problem.of("call.error.amountPositive"));
        } else if (reading.cents() > asked) {
            errors.put(AMOUNT, Problem.of("funding.award.error.aboveAsked", asked));
        } else if (!envelope.allows(reading.cents())) {
            errors.put(AMOUNT, Problem.of("funding.award.error.envelope", envelope.left(), envelope.total()));
        } else {
            amount = reading.cents();
        }
    }

    /** The reason as typed; {@code whenMissing} says why none is refused, null when none is needed. */
    private void readReason(String typed, Problem whenMissing) {
        String text = stripped(typed);
        if (text == null) {
            if (whenMissing != null) {
                errors.put(REASON, whenMissing);
            }
        } else if (text.length() > LONGEST_REASON) {
            errors.put(REASON, Problem.of("funding.award.error.reasonTooLong"));
        } else if (TypedText.hasHiddenCharacters(text)) {
            errors.put(REASON, Problem.of("validation.controlCharacters"));
        } else {
            reason = text;
        }
    }

    private void readConditions(String typed) {
        String text = stripped(typed);
        if (text == null) {
            return;
        }
        if (text.length() > LONGEST_CONDITIONS) {
            errors.put(CONDITIONS, Problem.of("funding.award.error.conditionsTooLong"));
        } else if (TypedText.hasHiddenCharacters(text)) {
            errors.put(CONDITIONS, Problem.of("validation.controlCharacters"));
        } else {
            conditions = text;
        }
    }

    private static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /** Each refused field's problem, in the form's order. */
    public Map<String, Problem> errors() {
        return errors;
    }

    public boolean awards() {
        return decision == Decision.AWARD;
    }

    /** The amount awarded, in cents, once read; null for a refusal or an amount refused. */
    public Long amount() {
        return amount;
    }

    /** The reason of a refusal, or of an award less than asked; null otherwise. */
    public String reason() {
        return reason;
    }

    public String conditions() {
        return conditions;
    }
}
