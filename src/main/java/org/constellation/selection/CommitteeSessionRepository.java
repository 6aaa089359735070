package org.constellation.selection;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommitteeSessionRepository extends JpaRepository<CommitteeSession, Long> {

    List<CommitteeSession> findByCallIdOrderByHeldOnAscIdAsc(Long callId);
}
