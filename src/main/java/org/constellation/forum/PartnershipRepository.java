package org.constellation.forum;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PartnershipRepository extends JpaRepository<Partnership, Long> {

    List<Partnership> findByCallIdOrderById(Long callId);

    @Query("select p from Partnership p where p.firstProposalId = :id or p.secondProposalId = :id order by p.id")
    List<Partnership> findByProposal(@Param("id") Long proposalId);

    Optional<Partnership> findByFirstProposalIdAndSecondProposalId(Long firstProposalId, Long secondProposalId);
}
