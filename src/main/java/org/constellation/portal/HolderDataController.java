package org.constellation.portal;

import org.constellation.portal.TrackingSessions.Tracked;
import org.constellation.privacy.HolderData;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The holder's own data, from their tracking page (GDPR, right of access): a readable page and the same as a JSON
 * file. Like every tracking page, it works on the session's proposal only, never on an id from the request.
 */
@Controller
class HolderDataController {

  private final HolderData holderData;

  HolderDataController(HolderData holderData) {
    this.holderData = holderData;
  }

  @GetMapping("/suivi/donnees")
  String page(Tracked tracked, Model model) {
    model.addAttribute("data", holderData.of(tracked.proposalId()).orElseThrow(TrackingSessions.Missing::new));
    return "portal/holder-data";
  }

  @GetMapping("/suivi/donnees.json")
  ResponseEntity<String> download(Tracked tracked) {
    HolderData.Download file = holderData.download(tracked.proposalId()).orElseThrow(TrackingSessions.Missing::new);
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.fileName() + "\"").body(file.json());
  }
}
