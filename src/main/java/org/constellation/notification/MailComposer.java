package org.constellation.notification;

import java.net.URI;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.constellation.accompaniment.AccompanimentPlanRepository;
import org.constellation.matching.IntroductionRepository;
import org.constellation.programme.ProgrammeEntry;
import org.constellation.programme.ProgrammeEntryRepository;
import org.constellation.programme.SeasonCalendar;
import org.constellation.proposal.InformationAnswerRepository;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.TrackingLinks;
import org.constellation.review.Criteria;
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

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final DateTimeFormatter EVENT_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private final TemplateEngine templates;
  private final MessageSource messages;
  private final EligibilityDecisionRepository decisions;
  private final CriterionAssessmentRepository criteria;
  private final AccompanimentPlanRepository plans;
  private final IntroductionRepository introductions;
  private final ProgrammeEntryRepository entries;
  private final InformationAnswerRepository answers;
  private final IdentityService identityService;
  private final TrackingLinks trackingLinks;
  private final SeasonCalendar seasonCalendar;
  private final URI publicBaseUrl;

  public MailComposer(TemplateEngine templates, MessageSource messages, EligibilityDecisionRepository decisions,
      CriterionAssessmentRepository criteria,
      AccompanimentPlanRepository plans, IntroductionRepository introductions, ProgrammeEntryRepository entries,
      InformationAnswerRepository answers, IdentityService identityService, TrackingLinks trackingLinks,
      SeasonCalendar seasonCalendar, @Value("${constellation.public-base-url}") URI publicBaseUrl) {
    this.templates = templates;
    this.messages = messages;
    this.decisions = decisions;
    this.criteria = criteria;
    this.plans = plans;
    this.introductions = introductions;
    this.entries = entries;
    this.answers = answers;
    this.identityService = identityService;
    this.trackingLinks = trackingLinks;
    this.seasonCalendar = seasonCalendar;
    this.publicBaseUrl = publicBaseUrl;
  }

  public ComposedMail compose(MailTemplate template, Proposal recipient, Proposal partner) {
    Locale locale = recipient.locale();
    Context model = new Context(locale);
    model.setVariable("proposal", recipient);
    model.setVariable("call", recipient.getCall());
    model.setVariable("partner", partner);
    EligibilityDecision decision =
        decisions.findFirstByProposalIdOrderByDecidedAtDescIdDesc(recipient.getId()).orElse(null);
    model.setVariable("decision", decision);
    model.setVariable("failedCriteria", decision == null ? List.of() : criteria.findByDecisionIdOrderById(decision.getId())
        .stream().filter(c -> Criteria.FAIL.equals(c.getVerdict()))
        .map(c -> new FailedCriterion(messages.getMessage("criterion." + c.getCriterion(), null, locale),
            c.explanation(locale)))
        .toList());
    plans.findByProposalId(recipient.getId()).ifPresent(plan -> {
      model.setVariable("plan", plan);
      model.setVariable("followUpName", fullName(plan.getFollowUpPerson()));
    });
    model.setVariable("introduction", partner == null ? null
        : introductions.findBetween(recipient.getId(), partner.getId()).orElse(null));
    ProgrammeEntry entry = entries.findByProposalId(recipient.getId()).orElse(null);
    if (entry != null) {
      model.setVariable("entry", entry);
      model.setVariable("entryStart", EVENT_TIME.format(entry.getStartsAt().atZoneSameInstant(PARIS)));
      model.setVariable("entryEnd", EVENT_TIME.format(entry.getEndsAt().atZoneSameInstant(PARIS)));
    }
    String calendar = template == MailTemplate.PUBLISHED && entry != null
        ? seasonCalendar.renderEntry(recipient.getCall().getSeason(), entry) : null;
    model.setVariable("answer", answers.findFirstByProposalIdOrderByReceivedAtDesc(recipient.getId()).orElse(null));
    String trackingUrl = template.carriesTrackingLink() ? trackingLinks.issue(recipient.getId()).toString() : null;
    model.setVariable("trackingUrl", trackingUrl);
    model.setVariable("feedUrl",
        publicBaseUrl.resolve("/programme/" + recipient.getCall().getSeason().getSlug() + ".ics").toString());
    String subject = messages.getMessage("mail." + template.templateName() + ".subject",
        new Object[] {recipient.getCall().getTitle(), recipient.getTitle()}, locale);
    // A subject is a header: no line breaks, whatever the applicant typed in the title.
    String html = templates.process("mail/" + template.templateName(), model);
    return new ComposedMail(subject.replaceAll("[\\r\\n]+", " "), html, PlainText.of(html), trackingUrl, calendar);
  }

  private String fullName(String userId) {
    User user = identityService.createUserQuery().userId(userId).singleResult();
    return user == null ? userId : (user.getFirstName() + " " + user.getLastName()).strip();
  }
}
