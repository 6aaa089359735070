package org.constellation.programme;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProgrammeReleaseRepository extends JpaRepository<ProgrammeRelease, Long> {

    /** A release without its entries, which may weigh megabytes: enough to list versions and to check the cache. */
    interface Summary {
        Long getId();

        int getVersion();

        OffsetDateTime getReleasedAt();

        String getReleasedBy();

        String getNote();

        String getChangelog();
    }

    Optional<Summary> findFirstBySeasonIdOrderByVersionDesc(Long seasonId);

    List<Summary> findBySeasonIdOrderByVersionDesc(Long seasonId);

    @Query("select distinct r.seasonId from ProgrammeRelease r")
    List<Long> findReleasedSeasonIds();

    /** The versions of a season that show an entry, found without reading every version's entries into Java. */
    @Query(
            value = "select id from programme_release where season_id = "
                    + ":seasonId and entries like concat('%', :uid, '%')",
            nativeQuery = true)
    List<Long> findIdsShowing(@Param("seasonId") Long seasonId, @Param("uid") String uid);
}
