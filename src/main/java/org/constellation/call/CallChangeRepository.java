package org.constellation.call;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CallChangeRepository extends JpaRepository<CallChange, Long> {

    List<CallChange> findByCallIdOrderByChangedAtDescIdDesc(Long callId);
}
