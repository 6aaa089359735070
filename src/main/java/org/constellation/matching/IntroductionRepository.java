package org.constellation.matching;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IntroductionRepository extends JpaRepository<Introduction, Long> {

    List<Introduction> findByProposalIdOrderById(Long proposalId);

    /** Every introduction of a proposal, whichever side it was recorded from. */
    List<Introduction> findByProposalIdOrPartnerProposalIdOrderById(Long proposalId, Long partnerProposalId);

    /** The introduction between two proposals, whichever side it was recorded from. */
    default Optional<Introduction> findBetween(Long oneId, Long otherId) {
        return findFirstByProposalIdAndPartnerProposalIdOrProposalIdAndPartnerProposalId(
                oneId, otherId, otherId, oneId);
    }

    Optional<Introduction> findFirstByProposalIdAndPartnerProposalIdOrProposalIdAndPartnerProposalId(
            Long proposalId, Long partnerId, Long reverseProposalId, Long reversePartnerId);
}
