package org.constellation.coordination;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.constellation.obligation.Evidence;
import org.constellation.obligation.LinkCheck;
import org.constellation.obligation.Obligations;
import org.constellation.proposal.ProposalStateConflict;
import org.constellation.report.ReportForm;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A case's obligations after selection (issue 31, part 2), for whoever of the team serves its call: the evidence given
 * for the holder (an article seen, a photo received by mail), as the holder would give it, recorded with who gave it;
 * and the photo given, to look at. Refused, the case page again with the refusal beside the field.
 */
@Controller
class CaseObligationsController {

    private static final String PATH = "/coordination/dossiers/{id}/obligations/{position}";

    private final Cases cases;
    private final ChosenCall chosenCall;
    private final Obligations obligations;
    private final LinkCheck links;

    CaseObligationsController(Cases cases, ChosenCall chosenCall, Obligations obligations, LinkCheck links) {
        this.cases = cases;
        this.chosenCall = chosenCall;
        this.obligations = obligations;
        this.links = links;
    }

    @PostMapping(PATH)
    String give(
            @PathVariable Long id,
            @PathVariable int position,
            @RequestParam(name = Evidence.URL, required = false) String url,
            @RequestParam(name = Evidence.TEXT, required = false) String text,
            @RequestParam(name = Evidence.PHOTO, required = false) List<MultipartFile> photos,
            HttpServletRequest request,
            RedirectAttributes redirect)
            throws IOException {
        StaffSession.Member member = StaffSession.member(request);
        served(id, member);
        Obligations.Owed owed = obligations.owedBy(id).stream()
                .filter(one -> one.obligation().position() == position)
                .findFirst()
                .orElseThrow(
                        () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Aucune obligation n°" + position));
        Evidence evidence = Evidence.read(
                owed.obligation().kind(),
                url,
                text,
                ReportForm.Upload.of(
                        photos == null
                                ? List.of()
                                : photos.stream()
                                        .map(MultipartFile::getResource)
                                        .toList()),
                owed.obligation().photoGiven());
        evidence.checkAddress(links);
        if (evidence.isValid()) {
            try {
                obligations.meet(id, position, evidence, member.id());
                redirect.addFlashAttribute("obligationNotice", "obligation.case.saved");
            } catch (ProposalStateConflict moved) {
                redirect.addFlashAttribute("obligationConflict", moved.getMessage());
            }
        } else {
            redirect.addFlashAttribute("obligationForm", evidence);
            redirect.addFlashAttribute("obligationPosition", position);
        }
        return "redirect:/coordination/dossiers/" + id + "#obligation-" + position;
    }

    /** The photo given as an obligation's evidence, for whoever of the team serves its call; 404 for any other. */
    @GetMapping(PATH + "/photo")
    ResponseEntity<byte[]> photo(@PathVariable Long id, @PathVariable int position, HttpServletRequest request) {
        served(id, StaffSession.member(request));
        return obligations
                .photo(id, position)
                .map(photo -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(photo.contentType()))
                        .cacheControl(CacheControl.noStore())
                        .body(photo.content()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** Refuses a case that does not exist (404), or whose call the person does not serve. */
    private void served(Long id, StaffSession.Member member) {
        chosenCall.servedCase(member, cases.proposal(id), id);
    }
}
