package org.constellation.forum;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ForumRegistrationRepository extends JpaRepository<ForumRegistration, Long> {

    List<ForumRegistration> findByProposalIdIn(List<Long> proposalIds);
}
