package org.constellation.workflow;

/**
 * A name that a form or a decision table shares with the Java code, declared once as a constant of the class that reads
 * or writes it, with the type of its value. {@code ModelKeyContractTest} finds every declaration and checks it against
 * forms/ and processes/*.dmn both ways: what a model uses is declared, what is declared a model uses.
 *
 * @param decision the decision table (processes/{decision}.dmn) whose input or output this is; null for a form's key
 * @param shown a value set for the forms to show or to test in a condition, which no form submits
 */
public record ModelKey(String decision, String name, Class<?> type, boolean shown) {

    /** A field a person fills in a form, read by the class that declares it. */
    public static ModelKey field(String name, Class<?> type) {
        return new ModelKey(null, name, type, false);
    }

    /** A value the class that declares it sets for the forms: a read-only field, a condition's operand, options. */
    public static ModelKey shown(String name, Class<?> type) {
        return new ModelKey(null, name, type, true);
    }

    /** A fact the decision table {@code decision} decides on, or a column of its result. */
    public static ModelKey ofDecision(String decision, String name, Class<?> type) {
        return new ModelKey(decision, name, type, false);
    }
}
