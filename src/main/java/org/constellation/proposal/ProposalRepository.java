package org.constellation.proposal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProposalRepository extends JpaRepository<Proposal, Long>, JpaSpecificationExecutor<Proposal> {

  Optional<Proposal> findByReference(String reference);

  Optional<Proposal> findBySubmissionKey(String submissionKey);

  List<Proposal> findByContactEmailIgnoreCase(String contactEmail);

  List<Proposal> findByCallIdAndIdNotOrderByTitle(Long callId, Long excludedId);

  List<Proposal> findByCallIdAndStatusOrderById(Long callId, ProposalStatus status);

  List<Proposal> findByCallIdOrderById(Long callId);

  List<Proposal> findByCallIdInOrderById(java.util.Collection<Long> callIds);

  Optional<Proposal> findFirstByRenewedFromIdAndCallId(Long renewedFromId, Long callId);

  /** How many proposals of a call are in each status: status, count. */
  @Query("select p.status, count(p) from Proposal p where p.call.id = :callId group by p.status")
  List<Object[]> countByStatus(@Param("callId") Long callId);
}
