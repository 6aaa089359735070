package org.constellation.label;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LabelKitFileRepository extends JpaRepository<LabelKitFile, Long> {

    /** A call's kit without its bytes, in the order the files came. */
    @Query("select new org.constellation.label.KitFile(f.id, f.fileName, f.contentType) from LabelKitFile f "
            + "where f.callId = :callId order by f.id")
    List<KitFile> filesOf(@Param("callId") Long callId);

    Optional<LabelKitFile> findByIdAndCallId(Long id, Long callId);
}
