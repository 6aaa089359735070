package org.constellation.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.constellation.forum.ForumRegistration;
import org.constellation.forum.ForumRegistrationRepository;
import org.constellation.notification.OutboxMail;
import org.constellation.notification.OutboxMailRepository;
import org.constellation.proposal.EntryCorrectionRepository;
import org.constellation.proposal.InformationAnswerRepository;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRepository;
import org.constellation.proposal.ProposalSubmission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything Constellation holds about one proposal's holder (GDPR, right of access, article 15): what they gave in
 * the form, as the form names it; the steps of their proposal; their answers and corrections; their forum
 * registration; and every mail sent to them, as sent. Nothing of another person: mails of the case sent to the team
 * or to a partner are left out, and a partner appears only through the mails the holder received. The holder
 * downloads it from their tracking page; a coordinator produces it for a request received by mail.
 */
@Service
public class HolderData {

  public record Step(String status, OffsetDateTime at) {}

  public record Text(String text, OffsetDateTime receivedAt) {}

  public record Forum(boolean attending, String seeks, String offers, OffsetDateTime registeredAt) {}

  public record Mail(String subject, String text, String to, OffsetDateTime queuedAt, OffsetDateTime sentAt,
      String status) {}

  /** The export; {@code forum} is null when the holder never answered the forum's invitation. */
  public record Export(OffsetDateTime producedAt, String reference, String call, String status,
      Map<String, Object> submitted, List<Step> steps, List<Text> answers, List<Text> corrections,
      Forum forum, List<Mail> mails) {}

  private final ProposalRepository proposals;
  private final InformationAnswerRepository answers;
  private final EntryCorrectionRepository corrections;
  private final ForumRegistrationRepository forum;
  private final OutboxMailRepository mails;
  private final ObjectMapper json;
  private final Clock clock;

  public HolderData(ProposalRepository proposals, InformationAnswerRepository answers,
      EntryCorrectionRepository corrections, ForumRegistrationRepository forum, OutboxMailRepository mails,
      ObjectMapper json, Clock clock) {
    this.json = json;
    this.proposals = proposals;
    this.answers = answers;
    this.corrections = corrections;
    this.forum = forum;
    this.mails = mails;
    this.clock = clock;
  }

  /** The holder's data of this proposal; empty when there is no such proposal, or nobody's data left in it. */
  @Transactional(readOnly = true)
  public Optional<Export> of(Long proposalId) {
    return proposals.findById(proposalId).filter(proposal -> !proposal.isErased()).map(this::export);
  }

  /** The same as a file to download: its name and its JSON. */
  public record Download(String fileName, String json) {}

  @Transactional(readOnly = true)
  public Optional<Download> download(Long proposalId) {
    return of(proposalId).map(data -> {
      try {
        return new Download("constellation-" + data.reference().toLowerCase() + ".json",
            json.writerWithDefaultPrettyPrinter().writeValueAsString(data));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  private Export export(Proposal proposal) {
    List<Step> steps = proposal.getStatusChanges().stream()
        .map(change -> new Step(change.getStatus().name(), change.getChangedAt())).toList();
    List<Text> answered = answers.findByProposalIdOrderByReceivedAt(proposal.getId()).stream()
        .map(answer -> new Text(answer.getAnswer(), answer.getReceivedAt())).toList();
    List<Text> corrected = corrections.findByProposalIdOrderByReceivedAt(proposal.getId()).stream()
        .map(correction -> new Text(correction.getCorrection(), correction.getReceivedAt())).toList();
    Forum registration = forum.findByProposalIdIn(List.of(proposal.getId())).stream().findFirst()
        .map(HolderData::forum).orElse(null);
    List<Mail> sent = mails.findByRecipientIgnoreCaseOrderById(proposal.getContactEmail()).stream()
        .filter(mail -> proposal.getId().equals(mail.getProposalId()) || proposal.getId().equals(mail.getPartnerId()))
        .map(HolderData::mail).toList();
    return new Export(OffsetDateTime.now(clock), proposal.getReference(), proposal.getCall().getTitle(),
        proposal.getStatus().name(), ProposalSubmission.of(proposal).asFormValues(), steps, answered, corrected,
        registration, sent);
  }

  private static Forum forum(ForumRegistration registration) {
    return new Forum(registration.isAttending(), registration.getSeeks(), registration.getOffers(),
        registration.getRegisteredAt());
  }

  private static Mail mail(OutboxMail mail) {
    return new Mail(mail.getSubject(), mail.getBodyText(), mail.getRecipient(), mail.getQueuedAt(), mail.getSentAt(),
        mail.getStatus().name());
  }
}
