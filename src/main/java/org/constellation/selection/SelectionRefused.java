package org.constellation.selection;

/** A coordinator's jury action refused, with the message key that says why in the page's language. */
public class SelectionRefused extends RuntimeException {

    private final String messageKey;

    public SelectionRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
