package org.constellation.notification;

import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.constellation.accompaniment.AccompanimentPlanRepository;
import org.constellation.call.Call;
import org.constellation.forum.ForumPlanning;
import org.constellation.matching.IntroductionRepository;
import org.constellation.programme.ProgrammeEntry;
import org.constellation.programme.ProgrammeEntries;
import org.constellation.programme.ProgrammeEntryRepository;
import org.constellation.programme.SeasonCalendar;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.TrackingLinks;
import org.constellation.proposal.TrackingToken;
import org.constellation.review.Criteria;
import org.constellation.workflow.ParisTime;
import org.constellation.workflow.ProcessDelays;
import org.constellation.review.CriterionAssessmentRepository;
import org.constellation.review.EligibilityDecision;
import org.constellation.review.EligibilityDecisionRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a mail in the recipient's language. Templates only receive values as model objects: applicant text is
 * escaped by Thymeleaf and never becomes template or expression text. A mail that carries a tracking link issues it
 * here, in the transaction of the mail job: the token exists only in that mail.
 */
@Component
public class MailComposer {

  /**
   * A mail ready to leave: the plain-text part is derived from the HTML one. {@code trackingUrl} is the private link
   * it carries, if any, so that the copy kept in the outbox can mask it; {@code calendar} an event to attach.
   */
  public record ComposedMail(String subject, String html, String text, String trackingUrl, String calendar) {

    String masked(String body, String mask) {
      return trackingUrl == null ? body : body.replace(trackingUrl, mask);
    }
  }

  /** A mandatory criterion the proposal does not meet, as the applicant reads it. */
  public record FailedCriterion(String label, String explanation) {}

  private static final DateTimeFormatter EVENT_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  /** The day a case's data goes, as the mails write it. */
  static final DateTimeFormatter ERASURE_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final TemplateEngine templates;
  private final MessageSource messages;
  private final EligibilityDecisionRepository decisions;
  private final CriterionAssessmentRepository criteria;
  private final AccompanimentPlanRepository plans;
  private final IntroductionRepository introductions;
  private final ProgrammeEntryRepository entries;
  private final IdentityService identityService;
  private final TrackingLinks trackingLinks;
  private final SeasonCalendar seasonCalendar;
  private final ProgrammeEntries programmeEntries;
  private final ProcessDelays delays;
  private final ForumPlanning forumPlanning;
  private final URI publicBaseUrl;

  public MailComposer(TemplateEngine templates, MessageSource messages, EligibilityDecisionRepository decisions,
      CriterionAssessmentRepository criteria,
      AccompanimentPlanRepository plans, IntroductionRepository introductions, ProgrammeEntryRepository entries,
      IdentityService identityService, TrackingLinks trackingLinks,
      SeasonCalendar seasonCalendar, ProgrammeEntries programmeEntries, ProcessDelays delays, ForumPlanning forumPlanning, @Value("${constellation.public-base-url}") URI publicBaseUrl) {
    this.templates = templates;
    this.messages = messages;
    this.decisions = decisions;
    this.criteria = criteria;
    this.plans = plans;
    this.introductions = introductions;
    this.entries = entries;
    this.identityService = identityService;
    this.trackingLinks = trackingLinks;
    this.seasonCalendar = seasonCalendar;
    this.programmeEntries = programmeEntries;
    this.delays = delays;
    this.forumPlanning = forumPlanning;
    this.publicBaseUrl = publicBaseUrl;
  }

  public ComposedMail compose(MailTemplate template, Proposal recipient, Proposal partner) {
    Locale locale = recipient.locale();
    Map<String, Object> model = new HashMap<>();
    model.put("proposal", recipient);
    model.put("call", recipient.getCall());
    model.put("partner", partner);
    EligibilityDecision decision =
        decisions.findFirstByProposalIdOrderByDecidedAtDescIdDesc(recipient.getId()).orElse(null);
    model.put("decision", decision);
    model.put("reviewerName", decision == null ? null : fullName(decision.getReviewer()));
    model.put("failedCriteria", decision == null ? List.of() : criteria.findByDecisionIdOrderById(decision.getId())
        .stream().filter(c -> Criteria.FAIL.equals(c.getVerdict()))
        .map(c -> new FailedCriterion(messages.getMessage("criterion." + c.getCriterion(), null, c.getLabel(), locale),
            c.explanation(locale)))
        .toList());
    plans.findByProposalId(recipient.getId()).ifPresent(plan -> {
      model.put("plan", plan);
      model.put("followUpName", fullName(plan.getFollowUpPerson()));
    });
    model.put("introduction", partner == null ? null
        : introductions.findBetween(recipient.getId(), partner.getId()).orElse(null));
    ProgrammeEntry entry = entries.findByProposalId(recipient.getId()).orElse(null);
    if (entry != null) {
      model.put("entry", entry);
      model.put("entryStart", EVENT_TIME.format(entry.getStartsAt().atZoneSameInstant(ParisTime.ZONE)));
      model.put("entryEnd", EVENT_TIME.format(entry.getEndsAt().atZoneSameInstant(ParisTime.ZONE)));
    }
    // The event to import on publication; on withdrawal, its cancellation, for a calendar that imported it.
    boolean withCalendar = template == MailTemplate.PUBLISHED && entry != null
        || template == MailTemplate.WITHDRAWN && entry != null && entry.getPublishedAt() != null;
    String calendar = withCalendar
        ? seasonCalendar.attachment(recipient.getCall().getSeason(), programmeEntries.current(recipient.getId()))
        : null;
    String trackingUrl = template.carriesTrackingLink() ? trackingLinks.issue(recipient.getId()).toString() : null;
    model.put("trackingUrl", trackingUrl);
    if (template == MailTemplate.WITHDRAWAL_CONFIRMATION) {
      model.put("actionUrl",
          trackingLinks.issueAction(recipient.getId(), TrackingToken.Purpose.WITHDRAWAL).toString());
      model.put("actionMinutes", TrackingLinks.ACTION_LINK_LIFETIME.toMinutes());
    }
    model.put("feedUrl", feedUrl(recipient.getCall()));
    model.put("deadline", EVENT_TIME.format(recipient.getCall().getDeadline().atZoneSameInstant(ParisTime.ZONE)));
    putForum(model, recipient.getCall());
    if (template == MailTemplate.FORUM_SCHEDULE) {
      model.put("schedule", forumPlanning.scheduleOf(recipient).stream()
          .map(m -> Map.of("time", EVENT_TIME.format(ParisTime.of(m.startsAt())), "table", m.table(),
              "partner", m.partnerTitle() + " (" + m.partnerOrganisation() + ")"))
          .toList());
    }
    model.put("entryConfirmationDays", delays.entryConfirmationDelay().getDays());
    if (template == MailTemplate.ERASURE_WARNING) {
      model.put("erasureDate", ERASURE_DAY.format(ParisTime.of(recipient.getEraseAfter())));
    }
    return render(template, locale, recipient.getCall().getTitle(), recipient.getTitle(), model, calendar);
  }

  /**
   * A template rendered with the sample proposal of {@link MailSamples}, for coordinators to read before it leaves:
   * the real call's name, contact and signature; nothing is issued, stored or sent.
   */
  public ComposedMail preview(MailTemplate template, Call call, Locale locale) {
    Map<String, Object> model = MailSamples.model(call, locale, messages);
    model.put("feedUrl", feedUrl(call));
    model.put("deadline", EVENT_TIME.format(call.getDeadline().atZoneSameInstant(ParisTime.ZONE)));
    putForum(model, call);
    model.put("entryConfirmationDays", delays.entryConfirmationDelay().getDays());
    model.put("trackingUrl", template.carriesTrackingLink()
        ? publicBaseUrl.resolve("/suivi/exemple-de-lien-personnel").toString() : null);
    if (template == MailTemplate.WITHDRAWAL_CONFIRMATION) {
      model.put("actionUrl", publicBaseUrl.resolve("/suivi/confirmer/exemple-de-lien-a-usage-unique").toString());
      model.put("actionMinutes", TrackingLinks.ACTION_LINK_LIFETIME.toMinutes());
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
      model.put("renewUrl", publicBaseUrl.resolve("/suivi/lien").toString());
    }
    return render(MailTemplate.GROUP_MESSAGE, recipient.locale(), recipient.getCall().getTitle(), subject, model, null);
  }

  /** A staff mail, in French like the staff tools; {@code subject} fills the template's subject after the call title. */
  public ComposedMail composeForStaff(MailTemplate template, String callTitle, String subject,
      Map<String, Object> variables) {
    Map<String, Object> model = new HashMap<>(variables);
    model.put("tasklistUrl", publicBaseUrl.resolve("/camunda/app/tasklist/default/").toString());
    return render(template, Locale.FRENCH, callTitle, subject, model, null);
  }

  /** {@code subjectDetail} is the second argument of the template's subject, after the call's title. */
  private ComposedMail render(MailTemplate template, Locale locale, String callTitle, String subjectDetail,
      Map<String, Object> variables, String calendar) {
    String subject = messages.getMessage("mail." + template.templateName() + ".subject",
        new Object[] {callTitle, subjectDetail}, locale);
    String html = templates.process("mail/" + template.templateName(), new Context(locale, variables));
    // A subject is a header: no line breaks, whatever the applicant typed in the title.
    // The private link the kept copy masks: the tracking link, or the single-use action link.
    Object privateLink = variables.get("trackingUrl") != null ? variables.get("trackingUrl")
        : variables.get("actionUrl");
    return new ComposedMail(subject.replaceAll("[\\r\\n]+", " "), html, PlainText.of(html), (String) privateLink,
        calendar);
  }

  /** The call's forum, once coordinators have set it. */
  private static void putForum(Map<String, Object> model, Call call) {
    if (call.getForumAt() != null) {
      model.put("forumAt", EVENT_TIME.format(call.getForumAt().atZoneSameInstant(ParisTime.ZONE)));
      model.put("forumPlace", call.getForumPlace());
    }
  }

  private String feedUrl(Call call) {
    return publicBaseUrl.resolve("/programme/" + call.getSeason().getSlug() + ".ics").toString();
  }

  private String fullName(String userId) {
    if (userId == null) {
      return null;
    }
    User user = identityService.createUserQuery().userId(userId).singleResult();
    return user == null ? userId : (user.getFirstName() + " " + user.getLastName()).strip();
  }
}
