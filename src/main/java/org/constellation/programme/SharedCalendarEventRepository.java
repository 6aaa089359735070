package org.constellation.programme;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SharedCalendarEventRepository extends JpaRepository<SharedCalendarEvent, SharedCalendarEvent.Key> {

    List<SharedCalendarEvent> findByKeySeasonId(Long seasonId);
}
