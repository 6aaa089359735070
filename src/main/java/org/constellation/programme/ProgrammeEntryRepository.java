package org.constellation.programme;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgrammeEntryRepository extends JpaRepository<ProgrammeEntry, Long> {

    Optional<ProgrammeEntry> findByProposalId(Long proposalId);

    List<ProgrammeEntry> findBySeasonIdAndPublishedAtNotNullOrderByStartsAt(Long seasonId);

    Optional<ProgrammeEntry> findBySeasonIdAndUidAndPublishedAtNotNull(Long seasonId, String uid);
}
