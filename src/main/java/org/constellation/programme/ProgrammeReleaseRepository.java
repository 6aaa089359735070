package org.constellation.programme;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgrammeReleaseRepository extends JpaRepository<ProgrammeRelease, Long> {

  Optional<ProgrammeRelease> findFirstBySeasonIdOrderByVersionDesc(Long seasonId);

  List<ProgrammeRelease> findBySeasonIdOrderByVersionDesc(Long seasonId);
}
