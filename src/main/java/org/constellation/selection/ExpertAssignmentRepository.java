package org.constellation.selection;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ExpertAssignmentRepository extends JpaRepository<ExpertAssignment, Long> {

    List<ExpertAssignment> findByProposalIdOrderByIdAsc(Long proposalId);

    List<ExpertAssignment> findByCallIdOrderByIdAsc(Long callId);

    List<ExpertAssignment> findByExpertIdOrderByIdDesc(String expertId);

    List<ExpertAssignment> findByProposalIdInOrderByIdAsc(Collection<Long> proposalIds);

    /** Each expert's open or scored seats in the call: the load the draw balances. */
    @Query("select a.expertId, count(a) from ExpertAssignment a where a.callId = ?1"
            + " and a.state in (org.constellation.selection.AssignmentState.ASSIGNED,"
            + " org.constellation.selection.AssignmentState.DECLARED,"
            + " org.constellation.selection.AssignmentState.SCORED) group by a.expertId")
    List<Object[]> loadsIn(Long callId);
}
