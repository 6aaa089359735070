package org.constellation.coordination;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseLabelRepository extends JpaRepository<CaseLabel, Long> {

    List<CaseLabel> findByProposalIdInOrderByLabel(Collection<Long> proposalIds);

    boolean existsByProposalIdAndLabel(Long proposalId, String label);

    long deleteByProposalIdAndLabel(Long proposalId, String label);
}
