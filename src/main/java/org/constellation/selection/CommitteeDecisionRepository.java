package org.constellation.selection;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommitteeDecisionRepository extends JpaRepository<CommitteeDecision, Long> {

    /** The decision that holds now: the latest (a move up from the waiting list follows the committee's). */
    Optional<CommitteeDecision> findFirstByProposalIdOrderByDecidedAtDescIdDesc(Long proposalId);

    List<CommitteeDecision> findByCallIdOrderByDecidedAtAscIdAsc(Long callId);

    List<CommitteeDecision> findByProposalIdOrderByDecidedAtAscIdAsc(Long proposalId);

    List<CommitteeDecision> findBySessionIdOrderByRankingAscIdAsc(Long sessionId);
}
