package org.constellation.proposal;

import static org.constellation.workflow.ProcessVariables.CALL_ID;
import static org.constellation.workflow.ProcessVariables.PROPOSAL_ID;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.constellation.call.Call;
import org.constellation.call.CallRepository;
import org.constellation.call.CallTheme;
import org.constellation.call.Commune;
import org.constellation.workflow.ProcessVariables;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers proposals and passes the applicant's actions (answer, withdrawal) to their running process. */
@Service
public class ProposalService {

  private static final char[] REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final ProposalRepository proposals;
  private final CallRepository calls;
  private final InformationAnswerRepository answers;
  private final RuntimeService runtimeService;
  private final MessageSource messages;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public ProposalService(ProposalRepository proposals, CallRepository calls, InformationAnswerRepository answers,
      RuntimeService runtimeService, MessageSource messages, Clock clock) {
    this.proposals = proposals;
    this.calls = calls;
    this.answers = answers;
    this.runtimeService = runtimeService;
    this.messages = messages;
    this.clock = clock;
  }

  /** Stores a proposal and starts its lifecycle, in one transaction: both happen or neither does. */
  @Transactional
  public Proposal submit(ProposalSubmission submission, Locale locale) {
    Proposal proposal = register(submission, locale);
    Map<String, Object> variables = new LinkedHashMap<>(processFacts(proposal));
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(
        ProcessVariables.PROPOSAL_LIFECYCLE, proposal.getReference(), variables);
    proposal.setProcessInstanceId(instance.getId());
    return proposal;
  }

  /** Validates and stores a proposal without starting a process (the caller is already inside one). */
  @Transactional
  public Proposal register(ProposalSubmission s, Locale locale) {
    Call call = Optional.ofNullable(s.callSlug()).flatMap(calls::findBySlug)
        .orElseThrow(() -> rejected("callSlug", "unknownCall", locale));
    if (!call.acceptsSubmissionsAt(OffsetDateTime.now(clock))) {
      throw rejected("callSlug", "callClosed", locale);
    }
    new SubmissionValidator(messages).rejectIfInvalid(s, call, locale);

    Organisation organisation = new Organisation(
        s.organisationName(), OrganisationType.valueOf(s.organisationType()), s.organisationCommune());
    Proposal proposal = new Proposal(newReference(), call, organisation, clock);
    proposal.setKind(ProposalKind.valueOf(s.kind()));
    proposal.setContact(s.contactName(), s.contactEmail(), s.contactPhone());
    proposal.setLanguage(s.language() == null ? "fr" : s.language());
    proposal.setContent(s.title(), s.summary(), s.description());
    proposal.setPlannedDates(SubmissionValidator.parseDate(s.plannedStart()), SubmissionValidator.parseDate(s.plannedEnd()));
    proposal.setCommune(s.commune(), call.communeNamed(s.commune()).map(Commune::inseeCode).orElse(null));
    proposal.setPlace(s.place());
    proposal.setUmbrellaEvent(s.umbrellaEvent());
    proposal.setOfferDescription(s.offerDescription());
    proposal.setSchoolInvolvement(
        s.schoolInvolvement() == null ? SchoolInvolvement.NONE : SchoolInvolvement.valueOf(s.schoolInvolvement()));
    proposal.getThemes().addAll(s.themes());
    s.audiences().forEach(a -> proposal.getAudiences().add(Audience.valueOf(a)));
    s.needs().forEach(n -> proposal.getNeeds().add(AccompanimentNeed.valueOf(n)));
    s.offers().forEach(o -> proposal.getOffers().add(OfferType.valueOf(o)));
    proposal.getBonusCriteria().addAll(s.bonusCriteria());
    return proposals.save(proposal);
  }

  /**
   * The variables that forms and gateways need: ids and non-personal facts, shown read-only to reviewers in French.
   */
  public Map<String, Object> processFacts(Proposal proposal) {
    Call call = proposal.getCall();
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put(PROPOSAL_ID, proposal.getId());
    facts.put(CALL_ID, call.getId());
    facts.put("proposalReference", proposal.getReference());
    facts.put("proposalTitle", proposal.getTitle());
    facts.put("proposalSummary", proposal.getSummary());
    facts.put("proposalKind", messages.getMessage("kind." + proposal.getKind(), null, Locale.FRENCH));
    facts.put("proposalThemes", call.getThemes().stream().filter(t -> proposal.getThemes().contains(t.code()))
        .map(CallTheme::label).collect(Collectors.joining(" ; ")));
    facts.put("proposalDates", describeDates(proposal));
    facts.put("proposalCommune", proposal.getCommuneName() == null ? "" : proposal.getCommuneName());
    facts.put("proposalNeeds", proposal.getNeeds().stream()
        .map(need -> messages.getMessage("need." + need, null, Locale.FRENCH)).collect(Collectors.joining(" ; ")));
    facts.put("callTitle", call.getTitle());
    return facts;
  }

  private static String describeDates(Proposal proposal) {
    if (proposal.getPlannedStart() == null) {
      return "";
    }
    String start = DAY.format(proposal.getPlannedStart());
    return proposal.getPlannedEnd() == null || proposal.getPlannedEnd().equals(proposal.getPlannedStart())
        ? start : start + " – " + DAY.format(proposal.getPlannedEnd());
  }

  /** The applicant's answer to a request for information; resumes the eligibility check. */
  @Transactional
  public void provideInformation(Long proposalId, String answer) {
    Proposal proposal = proposals.findById(proposalId).orElseThrow();
    if (answer == null || answer.isBlank() || answer.length() > SubmissionValidator.LONG_TEXT) {
      throw new IllegalArgumentException("An answer of 1 to " + SubmissionValidator.LONG_TEXT + " characters is needed");
    }
    answers.save(new InformationAnswer(proposal, answer.strip(), OffsetDateTime.now(clock)));
    correlate(proposal, ProcessVariables.MESSAGE_INFORMATION_PROVIDED, "noInformationRequested",
        Map.of("applicantAnswer", answer.strip()));
  }

  /** Withdraws a proposal at whatever stage it is; the process cancels its calendar entry and tells the applicant. */
  @Transactional
  public void withdraw(Long proposalId) {
    Proposal proposal = proposals.findById(proposalId).orElseThrow();
    correlate(proposal, ProcessVariables.MESSAGE_PROPOSAL_WITHDRAWN, "alreadyClosed", Map.of());
  }

  private void correlate(Proposal proposal, String message, String errorCode, Map<String, Object> variables) {
    try {
      runtimeService.createMessageCorrelation(message)
          .processInstanceId(proposal.getProcessInstanceId())
          .setVariables(variables)
          .correlate();
    } catch (MismatchingMessageCorrelationException e) {
      throw new ProposalStateConflict(messages.getMessage("proposal." + errorCode, null, proposal.locale()));
    }
  }

  private SubmissionRejected rejected(String field, String code, Locale locale) {
    return new SubmissionRejected(List.of(new SubmissionRejected.FieldError(field, code)), messages, locale);
  }

  private String newReference() {
    // 16 symbols of 5 bits: 80 random bits, enough to be unguessable as a Cockpit search key (not a secret).
    StringBuilder reference = new StringBuilder("P-");
    for (int i = 0; i < 16; i++) {
      reference.append(REFERENCE_ALPHABET[random.nextInt(REFERENCE_ALPHABET.length)]);
    }
    return reference.toString();
  }
}
