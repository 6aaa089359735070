package org.constellation.portal;

import org.constellation.label.LabelDownloads;
import org.constellation.label.LabelKitFile;
import org.constellation.portal.TrackingSessions.Tracked;
import org.constellation.workflow.Downloads;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * What the holder of a labelled event downloads from their tracking page (issue 31): their label's attestation and the
 * files of its communication kit. As every tracking action, on the proposal of the session only; 404 while the event is
 * not labelled, or once its label is withdrawn.
 */
@Controller
class TrackingLabelController {

    static final String PATH = "/suivi/label";

    private final LabelDownloads downloads;

    TrackingLabelController(LabelDownloads downloads) {
        this.downloads = downloads;
    }

    @GetMapping(PATH + "/" + LabelDownloads.ATTESTATION)
    ResponseEntity<byte[]> attestation(Tracked tracked) {
        return downloads
                .attestation(tracked.proposalId())
                .map(pdf -> Downloads.attachment(LabelDownloads.ATTESTATION, MediaType.APPLICATION_PDF, pdf))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping(PATH + "/kit/{fileId}")
    ResponseEntity<byte[]> kitFile(Tracked tracked, @PathVariable Long fileId) {
        return downloads
                .kitFile(tracked.proposalId(), fileId)
                .map(TrackingLabelController::download)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** A kit's file is always downloaded, never shown in the page: an SVG opened from our address would run as ours. */
    private static ResponseEntity<byte[]> download(LabelKitFile file) {
        return Downloads.attachment(
                file.getFileName(), MediaType.parseMediaType(file.getContentType()), file.getContent());
    }
}
