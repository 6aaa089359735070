package org.constellation.subsidy;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PaymentRepository extends JpaRepository<Payment, Long> {

    Optional<Payment> findByProposalIdAndKind(Long proposalId, PaymentKind kind);

    List<Payment> findByProposalIdOrderByConfirmedAtAscIdAsc(Long proposalId);
}
