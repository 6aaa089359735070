package org.constellation.proposal;

import java.util.Map;
import java.util.Set;

/**
 * What one capability tells the mails about a proposal, as pretalx's placeholders do: the names it puts in a template's
 * model, and their values for one mail. The mails' composer knows only this interface; each capability (eligibility,
 * accompaniment, matching, forum, programme…) contributes its own facts, and {@code MailFactsTest} checks that every
 * name a template uses is provided by someone.
 */
public interface ProposalFacts {

    /** The model names this contributes (constants: the check reads them without the beans' dependencies). */
    Set<String> names();

    /**
     * Adds its facts for the mail {@code template} (its name, as in templates/mail) to {@code recipient}'s holder;
     * {@code partner} is the other proposal of an introduction, or null. A fact without a value is left out.
     */
    void addTo(Map<String, Object> model, String template, Proposal recipient, Proposal partner);

    /** A document attached to a mail (a decision notice): its file name, media type and bytes. */
    record Document(String fileName, String mediaType, byte[] content) {}

    /** A document this capability attaches to the mail {@code template}, if any; built when the mail leaves. */
    default Document document(String template, Proposal recipient) {
        return null;
    }

    /** An iCalendar attachment for this mail, if this capability gives one. */
    default String attachment(String template, Proposal recipient) {
        return null;
    }
}
