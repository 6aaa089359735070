package org.constellation.coordination;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.constellation.proposal.ProposalStateConflict;
import org.constellation.subsidy.AgreementDocuments;
import org.constellation.subsidy.Agreements;
import org.constellation.subsidy.SignedCopy;
import org.constellation.workflow.Downloads;
import org.constellation.workflow.ParisTime;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A case's subsidy agreement (issue 32, part 4), for whoever of the team serves its call: its text and the signed copy
 * given, to download; a signed copy received by post, recorded for the holder with who recorded it, which accepts the
 * agreement as the holder's own upload would. Refused, the case page again with the refusal beside its field.
 */
@Controller
class CaseAgreementController {

    private static final String PATH = "/coordination/dossiers/{id}";

    private final Cases cases;
    private final ChosenCall chosenCall;
    private final Agreements agreements;
    private final MessageSource messages;
    private final Clock clock;

    CaseAgreementController(
            Cases cases, ChosenCall chosenCall, Agreements agreements, MessageSource messages, Clock clock) {
        this.cases = cases;
        this.chosenCall = chosenCall;
        this.agreements = agreements;
        this.messages = messages;
        this.clock = clock;
    }

    @PostMapping(PATH + "/convention")
    String recordSignedCopy(
            @PathVariable Long id,
            @RequestParam(name = SignedCopy.FILE, required = false) MultipartFile file,
            @RequestParam(name = SignedCopy.SIGNED_ON, required = false) String signedOn,
            HttpServletRequest request,
            RedirectAttributes redirect)
            throws IOException {
        StaffSession.Member member = StaffSession.member(request);
        served(id, member);
        if (!agreements.awaitsAcceptance(id)) {
            redirect.addFlashAttribute(
                    "agreementConflict", messages.getMessage("agreement.notAwaited", null, Locale.FRENCH));
            return back(id);
        }
        SignedCopy.Reading copy = SignedCopy.read(
                file == null ? null : file.getBytes(),
                signedOn,
                agreements.sentOn(id),
                LocalDate.now(clock.withZone(ParisTime.ZONE)));
        if (!copy.isValid()) {
            redirect.addFlashAttribute("agreementForm", copy);
            return back(id);
        }
        try {
            agreements.acceptSignedCopy(id, copy, member.id());
            redirect.addFlashAttribute("agreementNotice", "agreement.case.saved");
        } catch (ProposalStateConflict moved) {
            redirect.addFlashAttribute("agreementConflict", moved.getMessage());
        }
        return back(id);
    }

    @GetMapping(PATH + "/" + AgreementDocuments.FILE_NAME)
    ResponseEntity<byte[]> agreement(@PathVariable Long id, HttpServletRequest request) {
        served(id, StaffSession.member(request));
        return agreements
                .document(id)
                .map(pdf -> Downloads.attachment(AgreementDocuments.FILE_NAME, MediaType.APPLICATION_PDF, pdf))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping(PATH + "/convention/copie-signee.pdf")
    ResponseEntity<byte[]> signedCopy(@PathVariable Long id, HttpServletRequest request) {
        served(id, StaffSession.member(request));
        return agreements
                .signedCopy(id)
                .map(pdf -> Downloads.attachment("convention-signee.pdf", MediaType.APPLICATION_PDF, pdf))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static String back(Long id) {
        return "redirect:/coordination/dossiers/" + id + "#convention";
    }

    /** Refuses a case that does not exist (404), or whose call the person does not serve. */
    private void served(Long id, StaffSession.Member member) {
        chosenCall.servedCase(member, cases.proposal(id), id);
    }
}
