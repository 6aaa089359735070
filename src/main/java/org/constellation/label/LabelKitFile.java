package org.constellation.label;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;

/**
 * A file of a label's communication kit (a logo, the charter as PDF), as a coordinator uploaded it for the call, its
 * type read from its bytes. Lists read {@link KitFile}, never the bytes.
 */
@Entity
public class LabelKitFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long callId;
    private String fileName;
    private String contentType;
    private byte[] content;
    private OffsetDateTime uploadedAt;

    protected LabelKitFile() {}

    LabelKitFile(Long callId, KitUpload.Checked file, OffsetDateTime uploadedAt) {
        this.callId = callId;
        this.fileName = file.fileName();
        this.contentType = file.contentType();
        this.content = file.content();
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getCallId() {
        return callId;
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
