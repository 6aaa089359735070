package org.constellation.notification;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.constellation.call.Call;
import org.constellation.call.ContestText;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalFacts;
import org.constellation.proposal.TrackingLinks;
import org.constellation.proposal.TrackingToken;
import org.constellation.workflow.ProcessDelays;
import org.constellation.workflow.PublicLinks;
import org.constellation.workflow.WrittenDates;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a mail in the recipient's language, from the proposal, its call and the facts each capability contributes
 * ({@link ProposalFacts}: the decision, the plan, the introduction, the entry, the forum schedule…). Templates only
 * receive values as model objects: applicant text is escaped by Thymeleaf and never becomes template or expression
 * text. A mail that carries a tracking link issues it here, in the transaction of the mail job: the token exists only
 * in that mail.
 */
@Component
public class MailComposer {

    /**
     * A mail ready to leave: the plain-text part is derived from the HTML one. {@code privateLinks} are the private
     * links it carries (its tracking link, its single-use action link), so that the copy kept in the outbox can mask
     * them; {@code calendar} an event to attach.
     */
    public record ComposedMail(String subject, String html, String text, List<String> privateLinks, String calendar) {

        String masked(String body, String mask) {
            String kept = body;
            for (String link : privateLinks == null ? List.<String>of() : privateLinks) {
                kept = kept.replace(link, mask);
            }
            return kept;
        }
    }

    private final TemplateEngine templates;
    private final MessageSource messages;
    private final List<ProposalFacts> facts;
    private final TrackingLinks trackingLinks;
    private final ProcessDelays delays;
    private final ContestText contestText;
    private final PublicLinks links;

    public MailComposer(
            TemplateEngine templates,
            MessageSource messages,
            List<ProposalFacts> facts,
            TrackingLinks trackingLinks,
            ProcessDelays delays,
            ContestText contestText,
            PublicLinks links) {
        this.templates = templates;
        this.messages = messages;
        this.facts = facts;
        this.trackingLinks = trackingLinks;
        this.delays = delays;
        this.contestText = contestText;
        this.links = links;
    }

    /** The names every mail about a proposal gets from the composer itself, besides the capabilities' facts. */
    static final Set<String> OWN_FACTS = Set.of(
            "proposal",
            "call",
            "partner",
            "trackingUrl",
            "actionUrl",
            "actionMinutes",
            "actionDays",
            "feedUrl",
            "deadline",
            "forumAt",
            "forumPlace",
            "entryConfirmationDelay",
            "erasureDate",
            "contestText");

    public ComposedMail compose(MailTemplate template, Proposal recipient, Proposal partner) {
        Map<String, Object> model = new HashMap<>();
        model.put("proposal", recipient);
        model.put("call", recipient.getCall());
        model.put("partner", partner);
        String calendar = null;
        for (ProposalFacts capability : facts) {
            capability.addTo(model, template.templateName(), recipient, partner);
            calendar = calendar != null ? calendar : capability.attachment(template.templateName(), recipient);
        }
        String trackingUrl = template.carriesTrackingLink()
                ? trackingLinks.issue(recipient.getId()).toString()
                : null;
        model.put("trackingUrl", trackingUrl);
        TrackingToken.Purpose action = template.action();
        if (action != null) {
            model.put(
                    "actionUrl",
                    trackingLinks.issueAction(recipient.getId(), action).toString());
            putLifetime(model, action);
        }
        putCall(model, recipient.getCall(), recipient.locale());
        if (template == MailTemplate.ERASURE_WARNING) {
            model.put("erasureDate", WrittenDates.shortDay(recipient.getEraseAfter()));
        }
        return render(
                template, recipient.locale(), recipient.getCall().getTitle(), recipient.getTitle(), model, calendar);
    }

    /** The documents the capabilities attach to this mail (a decision notice), in their order. */
    public List<ProposalFacts.Document> documents(MailTemplate template, Proposal recipient) {
        return facts.stream()
                .map(capability -> capability.document(template.templateName(), recipient))
                .filter(Objects::nonNull)
                .toList();
    }

    /**
     * A template rendered with the sample proposal of {@link MailSamples}, for coordinators to read before it leaves:
     * the real call's name, contact and signature; nothing is issued, stored or sent.
     */
    public ComposedMail preview(MailTemplate template, Call call, Locale locale) {
        Map<String, Object> model = MailSamples.model(call, locale, messages);
        putCall(model, call, locale);
        model.put(
                "trackingUrl",
                template.carriesTrackingLink()
                        ? links.tracking("exemple-de-lien-personnel").toString()
                        : null);
        TrackingToken.Purpose action = template.action();
        if (action != null) {
            model.put(
                    "actionUrl",
                    trackingLinks
                            .actionAddress(action, "exemple-de-lien-a-usage-unique")
                            .toString());
            putLifetime(model, action);
        }
        return render(template, locale, call.getTitle(), MailSamples.TITLE, model, null);
    }

    /**
     * A coordinator's message to one holder: their greeting, reference, the call's contact and signature in the
     * holder's language around the text as written, and perhaps an invitation to renew the proposal into a later call.
     * No tracking link: the copy kept in the outbox would hold it.
     */
    public ComposedMail composeGroupMessage(Proposal recipient, String subject, String message, Call renewInto) {
        Map<String, Object> model = new HashMap<>();
        model.put("proposal", recipient);
        model.put("call", recipient.getCall());
        model.put("message", message);
        // An invitation to renew points to the page that mails a fresh tracking link, which no kept copy can leak.
        if (renewInto != null) {
            model.put("renewInto", renewInto);
            model.put("renewUrl", links.linkRequest().toString());
        }
        return render(
                MailTemplate.GROUP_MESSAGE,
                recipient.locale(),
                recipient.getCall().getTitle(),
                subject,
                model,
                null);
    }

    /**
     * A staff mail, in French like the staff tools; {@code subject} fills the template's subject after the call title.
     */
    public ComposedMail composeForStaff(
            MailTemplate template, String callTitle, String subject, Map<String, Object> variables) {
        Map<String, Object> model = new HashMap<>(variables);
        model.put("tasklistUrl", links.tasklist().toString());
        return render(template, Locale.FRENCH, callTitle, subject, model, null);
    }

    /** {@code subjectDetail} is the second argument of the template's subject, after the call's title. */
    private ComposedMail render(
            MailTemplate template,
            Locale locale,
            String callTitle,
            String subjectDetail,
            Map<String, Object> variables,
            String calendar) {
        String subject = messages.getMessage(
                "mail." + template.templateName() + ".subject", new Object[] {callTitle, subjectDetail}, locale);
        String html = templates.process("mail/" + template.templateName(), new Context(locale, variables));
        // A subject is a header: no line breaks, whatever the applicant typed in the title.
        // The private links the kept copy masks: the tracking link and the single-use action link.
        List<String> privateLinks = Stream.of(variables.get("trackingUrl"), variables.get("actionUrl"))
                .filter(Objects::nonNull)
                .map(String.class::cast)
                .toList();
        return new ComposedMail(subject.replaceAll("[\\r\\n]+", " "), html, PlainText.of(html), privateLinks, calendar);
    }

    /** How long the mail's action link lasts, as its template says it: in minutes (a withdrawal), in days. */
    private static void putLifetime(Map<String, Object> model, TrackingToken.Purpose action) {
        model.put("actionMinutes", action.lifetime().toMinutes());
        model.put("actionDays", action.lifetime().toDays());
    }

    /**
     * What every mail of a call may say: its feed, its deadline, its forum once set, the delay to confirm an entry, how
     * to contest a decision (the call's own words, else the default naming the organiser).
     */
    private void putCall(Map<String, Object> model, Call call, Locale locale) {
        model.put("feedUrl", links.programmeFeed(call.getSeason().getSlug()).toString());
        model.put("contestText", contestText.of(call, locale));
        model.put("deadline", WrittenDates.shortMoment(call.getDeadline()));
        model.put("entryConfirmationDelay", WrittenDates.period(delays.entryConfirmationDelay(), locale));
        if (call.getForumAt() != null) {
            model.put("forumAt", WrittenDates.shortMoment(call.getForumAt()));
            model.put("forumPlace", call.getForumPlace());
        }
    }
}
