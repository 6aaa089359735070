package org.constellation.report;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EventReportRepository extends JpaRepository<EventReport, Long> {

    Optional<EventReport> findByProposalId(Long proposalId);

    boolean existsByProposalId(Long proposalId);
}
