package org.constellation.proposal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProposalCorrectionRepository extends JpaRepository<ProposalCorrection, Long> {

    List<ProposalCorrection> findByProposalIdOrderByReceivedAt(Long proposalId);
}
