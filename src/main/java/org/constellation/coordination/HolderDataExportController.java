package org.constellation.coordination;

import jakarta.servlet.http.HttpServletRequest;
import org.constellation.privacy.HolderData;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A holder's data for a request of access received by mail: what their tracking page offers them, downloaded by a
 * coordinator.
 */
@Controller
class HolderDataExportController {

    private final HolderData holderData;

    HolderDataExportController(HolderData holderData) {
        this.holderData = holderData;
    }

    @GetMapping("/coordination/dossiers/{id}/donnees.json")
    ResponseEntity<String> download(@PathVariable Long id, HttpServletRequest request) {
        StaffSession.coordinator(request);
        HolderData.Download file = holderData
                .download(id)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "Aucun dossier n°" + id + " dont les données sont gardées."));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.fileName() + "\"")
                .body(file.json());
    }
}
