package org.constellation.coordination;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the codes of a case stand for (a status, a kind of mail, whom it waits for), in French like the coordinators'
 * pages: for the exports of the table.
 */
@Component
class CaseWords {

    private final MessageSource messages;

    CaseWords(MessageSource messages) {
        this.messages = messages;
    }

    /** The key's words; the key itself should a message be missing, rather than a page that fails. */
    String of(String key) {
        return messages.getMessage(key, null, key, Locale.FRENCH);
    }
}
