package org.constellation.accompaniment;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AccompanimentPlanRepository extends JpaRepository<AccompanimentPlan, Long> {

    Optional<AccompanimentPlan> findByProposalId(Long proposalId);
}
