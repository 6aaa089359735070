package org.constellation.selection;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExpertProfileRepository extends JpaRepository<ExpertProfile, String> {

    List<ExpertProfile> findByUserIdIn(Collection<String> userIds);
}
