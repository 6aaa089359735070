package org.constellation.programme;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import org.constellation.forum.Partnerships;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The season's programme as the process writes it; {@code ${programmeEntries.endOf(proposalId)}} for the BPMN timer. */
@Component("programmeEntries")
public class ProgrammeEntries {

  private final ProgrammeEntryRepository entries;
  private final ProposalRepository proposals;
  private final Partnerships partnerships;
  private final Clock clock;
  private final String uidDomain;

  public ProgrammeEntries(ProgrammeEntryRepository entries, ProposalRepository proposals, Partnerships partnerships,
      Clock clock, @Value("${constellation.public-base-url}") URI publicBaseUrl) {
    this.entries = entries;
    this.proposals = proposals;
    this.partnerships = partnerships;
    this.clock = clock;
    this.uidDomain = publicBaseUrl.getHost();
  }

  @Transactional
  public ProgrammeEntry edit(Long proposalId, String description, OffsetDateTime startsAt, OffsetDateTime endsAt,
      String place) {
    Proposal proposal = proposals.findById(proposalId).orElseThrow();
    ProgrammeEntry entry = entries.findByProposalId(proposalId).orElseGet(() -> new ProgrammeEntry(
        proposalId, proposal.getCall().getSeason().getId(), proposal.getReference().toLowerCase() + "@" + uidDomain));
    List<String> partners = partnerships.partnersOf(proposalId).stream().map(Partnerships.Partner::organisation)
        .distinct().toList();
    entry.edit(proposal.getTitle(), description, startsAt, endsAt, place, proposal.getCommuneName(),
        partners.isEmpty() ? null : String.join(", ", partners), OffsetDateTime.now(clock));
    return entries.save(entry);
  }

  @Transactional
  public void publish(Long proposalId) {
    entries.findByProposalId(proposalId).orElseThrow(
        () -> new IllegalStateException("No programme entry prepared for proposal " + proposalId))
        .publish(OffsetDateTime.now(clock));
  }

  @Transactional
  public void cancel(Long proposalId) {
    entries.findByProposalId(proposalId).ifPresent(entry -> entry.cancel(OffsetDateTime.now(clock)));
  }

  public Date endOf(Long proposalId) {
    return Date.from(entries.findByProposalId(proposalId).orElseThrow().getEndsAt().toInstant());
  }
}
