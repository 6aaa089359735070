package org.constellation.report;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EventReportPhotoRepository extends JpaRepository<EventReportPhoto, Long> {

    /** A report's photos without their bytes, in the order they came. */
    @Query("select new org.constellation.report.PhotoFile(p.id, p.fileName, p.contentType) from EventReportPhoto p "
            + "where p.reportId = :reportId order by p.id")
    List<PhotoFile> filesOf(@Param("reportId") Long reportId);

    Optional<EventReportPhoto> findByIdAndReportId(Long id, Long reportId);

    @Modifying
    @Query("delete from EventReportPhoto p where p.reportId = :reportId")
    void deleteByReport(@Param("reportId") Long reportId);
}
