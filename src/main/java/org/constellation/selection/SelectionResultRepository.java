package org.constellation.selection;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SelectionResultRepository extends JpaRepository<SelectionResult, Long> {

    List<SelectionResult> findByCallId(Long callId);
}
