package org.constellation.proposal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TrackingTokenRepository extends JpaRepository<TrackingToken, Long> {

  Optional<TrackingToken> findByTokenHash(String tokenHash);

  List<TrackingToken> findByProposalIdAndRevokedAtIsNull(Long proposalId);
}
