package org.constellation.proposal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProposalRepository extends JpaRepository<Proposal, Long> {

  Optional<Proposal> findByReference(String reference);

  Optional<Proposal> findBySubmissionKey(String submissionKey);

  List<Proposal> findByContactEmailIgnoreCase(String contactEmail);

  List<Proposal> findByCallIdAndIdNotOrderByTitle(Long callId, Long excludedId);

  List<Proposal> findByCallIdAndStatusOrderById(Long callId, ProposalStatus status);

  List<Proposal> findByCallIdOrderById(Long callId);

  Optional<Proposal> findFirstByRenewedFromIdAndCallId(Long renewedFromId, Long callId);
}
