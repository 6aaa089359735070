package org.constellation.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GroupMessageRepository extends JpaRepository<GroupMessage, Long> {

    List<GroupMessage> findTop100ByOrderByIdDesc();
}
