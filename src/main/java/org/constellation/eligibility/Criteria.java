package org.constellation.eligibility;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.constellation.call.CallForm;
import org.constellation.call.Labelling;
import org.constellation.workflow.ModelKey;

/**
 * The mandatory criteria the eligibility decision evaluates, by the codes its rules return. Each has three variables in
 * the eligibility form: {code}Assessment (what the rules found, shown), {code}Automatic (PASS, FAIL or CHECK) and
 * {code}Verdict (the reviewer's PASS or FAIL, prefilled with the automatic one), plus {code}Reason for an override. A
 * call's own criteria (custom1 to custom5) have the same variables; their reason is always asked. A labelling call's
 * charter (issue 31) has its commitments there too, charter1 to charter12: label.Charter finds each one's result, and
 * the reviewer's verdict on one the reviewer checks comes with its reason.
 */
public final class Criteria {

    public static final List<String> CODES = List.of("dates", "territory", "themes", "public");
    public static final String PASS = "PASS";
    public static final String FAIL = "FAIL";
    public static final String CHECK = "CHECK";
    /** The slots of a call's own criteria. */
    static final List<String> OWN_CODES = IntStream.rangeClosed(1, CallForm.OWN_CRITERIA)
            .mapToObj(slot -> CallForm.OWN_CRITERION_PREFIX + slot)
            .toList();

    static final String CHARTER_PREFIX = "charter";
    /** The slots of a labelling call's commitments, in the charter's order. */
    static final List<String> CHARTER_CODES = IntStream.rangeClosed(1, Labelling.MAX_COMMITMENTS)
            .mapToObj(slot -> CHARTER_PREFIX + slot)
            .toList();
    /** The eligibility form's keys: those of each criterion it may show, as the methods below name them. */
    static final List<ModelKey> FORM_KEYS = Stream.of(CODES, OWN_CODES, CHARTER_CODES)
            .flatMap(List::stream)
            .flatMap(code -> Stream.of(
                    ModelKey.shown(assessment(code), String.class),
                    ModelKey.shown(automatic(code), String.class),
                    ModelKey.field(verdict(code), String.class),
                    ModelKey.field(reason(code), String.class)))
            .toList();

    private Criteria() {}

    /**
     * A result as the forms, the history and the committee's export write it: "Rempli", "Non rempli", "À vérifier" (a
     * CHECK, or no verdict yet).
     */
    public static String word(String result) {
        if (result == null) {
            return "À vérifier";
        }
        return switch (result) {
            case PASS -> "Rempli";
            case FAIL -> "Non rempli";
            default -> "À vérifier";
        };
    }

    static String assessment(String code) {
        return code + "Assessment";
    }

    static String automatic(String code) {
        return code + "Automatic";
    }

    static String verdict(String code) {
        return code + "Verdict";
    }

    static String reason(String code) {
        return code + "Reason";
    }

    /** The form's variables of one criterion, all cleared when a check no longer assesses it. */
    static List<String> variables(String code) {
        return List.of(assessment(code), automatic(code), verdict(code), reason(code));
    }
}
