package org.constellation.privacy;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RetentionExtensionRepository extends JpaRepository<RetentionExtension, Long> {

    List<RetentionExtension> findByProposalIdOrderByExtendedAtAscIdAsc(Long proposalId);
}
