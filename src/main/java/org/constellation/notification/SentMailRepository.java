package org.constellation.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SentMailRepository extends JpaRepository<SentMail, Long> {

  List<SentMail> findByProposalIdOrderById(Long proposalId);
}
