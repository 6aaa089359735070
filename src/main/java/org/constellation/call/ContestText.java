package org.constellation.call;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * How a holder contests a decision that their proposal is not eligible (« Voies de recours »): the call's own text as
 * the team wrote it, else the default in the holder's language, naming the organiser and its address (an informal
 * appeal to the organiser within two months, or an appeal before the administrative court). The ineligibility mail and
 * the tracking page both say it.
 */
@Component
public class ContestText {

    private final Organiser organiser;
    private final MessageSource messages;

    public ContestText(Organiser organiser, MessageSource messages) {
        this.organiser = organiser;
        this.messages = messages;
    }

    public String of(Call call, Locale locale) {
        String own = call.getContestText();
        if (own != null && !own.isBlank()) {
            return own.strip();
        }
        return messages.getMessage("contest.default", new Object[] {organiser.getName(), organiser.getEmail()}, locale);
    }
}
