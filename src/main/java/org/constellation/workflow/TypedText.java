package org.constellation.workflow;

import java.util.regex.Pattern;

/**
 * What a person may type into a text box: line breaks and tabs, never a control character they cannot see (a NUL the
 * database refuses, an escape sequence, a line separator that breaks a CSV or a mail header).
 */
public final class TypedText {

    private static final Pattern HIDDEN = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]|[\\u2028\\u2029]");

    private TypedText() {}

    public static boolean hasHiddenCharacters(String text) {
        return text != null && HIDDEN.matcher(text).find();
    }
}
