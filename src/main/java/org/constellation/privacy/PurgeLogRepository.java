package org.constellation.privacy;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PurgeLogRepository extends JpaRepository<PurgeLogEntry, Long> {

    List<PurgeLogEntry> findByProposalIdOrderByErasedAtAsc(Long proposalId);

    List<PurgeLogEntry> findTop200ByOrderByErasedAtDescIdDesc();
}
