package org.constellation.proposal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EntryCorrectionRepository extends JpaRepository<EntryCorrection, Long> {

    List<EntryCorrection> findByProposalIdOrderByReceivedAt(Long proposalId);
}
