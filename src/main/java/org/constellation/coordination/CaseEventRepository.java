package org.constellation.coordination;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseEventRepository extends JpaRepository<CaseEvent, Long> {

  List<CaseEvent> findByProposalIdOrderByHappenedAt(Long proposalId);
}
