package org.constellation.portal;

import java.util.Locale;
import org.constellation.call.Call;
import org.constellation.call.CallRepository;
import org.constellation.portal.TrackingSessions.Tracked;
import org.constellation.privacy.HolderData;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The holder's own data, from their tracking page (GDPR, right of access): a readable page, in words and in the
 * reader's language, and the same as a JSON file, which keeps the machine values. Like every tracking page, it works on
 * the session's proposal only, never on an id from the request.
 */
@Controller
class HolderDataController {

    private final HolderData holderData;
    private final SubmissionFormView form;
    private final CallRepository calls;

    HolderDataController(HolderData holderData, SubmissionFormView form, CallRepository calls) {
        this.holderData = holderData;
        this.form = form;
        this.calls = calls;
    }

    @GetMapping("/suivi/donnees")
    String page(Tracked tracked, Locale locale, Model model) {
        HolderData.Export data = holderData.of(tracked.proposalId()).orElseThrow(TrackingSessions.Missing::new);
        // The call's own lists (themes, bonus criteria, highlights) name some of the values given.
        Call call =
                calls.findWholeBySlug((String) data.submitted().get("callSlug")).orElseThrow();
        model.addAttribute("data", data);
        model.addAttribute("given", form.given(call, data.submitted(), locale));
        return "portal/holder-data";
    }

    @GetMapping("/suivi/donnees.json")
    ResponseEntity<String> download(Tracked tracked) {
        HolderData.Download file = holderData.download(tracked.proposalId()).orElseThrow(TrackingSessions.Missing::new);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.fileName() + "\"")
                .body(file.json());
    }
}
