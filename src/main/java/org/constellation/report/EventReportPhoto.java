package org.constellation.report;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A photo of a report, as the holder sent it (JPEG or PNG, the type read from its bytes). Apart from the report so that
 * reading a report, or a list of them, never reads its images.
 */
@Entity
public class EventReportPhoto {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long reportId;
    private String fileName;
    private String contentType;
    private byte[] content;

    protected EventReportPhoto() {}

    EventReportPhoto(Long reportId, String fileName, String contentType, byte[] content) {
        this.reportId = reportId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getContent() {
        return content;
    }
}
