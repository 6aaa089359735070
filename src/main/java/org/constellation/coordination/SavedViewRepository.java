package org.constellation.coordination;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SavedViewRepository extends JpaRepository<SavedView, Long> {

    List<SavedView> findByOwnerOrderByName(String owner);
}
