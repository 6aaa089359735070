package org.constellation.portal;

import org.constellation.subsidy.SubsidyOpenData;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The season's awards as open data (décret 2017-779), public at a stable address a funder declares to data.gouv.fr: the
 * SCDL « subventions » file, with an ETag and Last-Modified as the programme's feeds, so that a harvester polls it
 * cheaply. Any season has it, the header alone until its first award.
 */
@RestController
class SubsidyOpenDataController {

    private final SubsidyOpenData openData;

    SubsidyOpenDataController(SubsidyOpenData openData) {
        this.openData = openData;
    }

    @GetMapping("/donnees/{slug:[a-z0-9-]+}/subventions.csv")
    ResponseEntity<String> subsidies(@PathVariable String slug, WebRequest request) {
        SubsidyOpenData.Answer answer = openData.answer(slug).orElse(null);
        if (answer == null) {
            return ResponseEntity.notFound().build();
        }
        return ProgrammeFeedsController.served(
                answer.body(),
                answer.etag(),
                answer.lastModified(),
                request,
                ProgrammeFeedsController.TEXT_CSV,
                "subventions-" + slug + ".csv");
    }
}
