package org.constellation.label;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.constellation.call.CallSetup;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A label's communication kit: the files coordinators upload for the call on its page (logos, the charter as PDF), each
 * added or removed in the call's change log; the holder of a labelled event downloads them (LabelDownloads).
 */
@Service
public class LabelKit {

    /** A file refused, with the message key of why; nothing was written. */
    public static class Refused extends RuntimeException {

        public Refused(String messageKey) {
            super(messageKey);
        }

        public String messageKey() {
            return getMessage();
        }
    }

    private final LabelKitFileRepository files;
    private final CallSetup setup;
    private final Clock clock;

    public LabelKit(LabelKitFileRepository files, CallSetup setup, Clock clock) {
        this.files = files;
        this.setup = setup;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<KitFile> filesOf(Long callId) {
        return files.filesOf(callId);
    }

    /** Adds a file to the call's kit, once found to be a PNG, JPEG, SVG or PDF of 5 MB at most; returns its name. */
    @Transactional
    public String add(Long callId, String fileName, byte[] content, String coordinator) {
        if (files.filesOf(callId).size() >= KitUpload.MOST_FILES) {
            throw new Refused("label.kit.error.count");
        }
        KitUpload.Result checked = KitUpload.check(fileName, content);
        if (checked.refusal() != null) {
            throw new Refused(checked.refusal());
        }
        files.save(new LabelKitFile(callId, checked.file(), OffsetDateTime.now(clock)));
        setup.recordChange(
                callId, coordinator, "labelKit: — → " + checked.file().fileName());
        return checked.file().fileName();
    }

    /** Takes a file out of the call's kit; a file of another call, or gone already, changes nothing. */
    @Transactional
    public void remove(Long callId, Long fileId, String coordinator) {
        files.findByIdAndCallId(fileId, callId).ifPresent(file -> {
            files.delete(file);
            setup.recordChange(callId, coordinator, "labelKit: " + file.getFileName() + " → —");
        });
    }
}
