package org.constellation.proposal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InformationAnswerRepository extends JpaRepository<InformationAnswer, Long> {

    Optional<InformationAnswer> findFirstByProposalIdOrderByReceivedAtDesc(Long proposalId);

    List<InformationAnswer> findByProposalIdOrderByReceivedAt(Long proposalId);
}
