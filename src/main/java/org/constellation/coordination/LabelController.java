package org.constellation.coordination;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Locale;
import org.constellation.label.LabelKit;
import org.constellation.label.Labels;
import org.constellation.proposal.ProposalRepository;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A labelling call for coordinators (issue 31): the files of its label's communication kit, added and removed on the
 * call's page; and a case's label, its holder's answers to the charter, and its withdrawal with a reason, from the
 * case's page.
 */
@Controller
class LabelController {

    private final LabelKit kit;
    private final Labels labels;
    private final ProposalRepository proposals;
    private final ChosenCall chosenCall;
    private final MessageSource messages;

    LabelController(
            LabelKit kit, Labels labels, ProposalRepository proposals, ChosenCall chosenCall, MessageSource messages) {
        this.kit = kit;
        this.labels = labels;
        this.proposals = proposals;
        this.chosenCall = chosenCall;
        this.messages = messages;
    }

    /** These pages speak the reader's language, as the call's page does. */
    @ModelAttribute("pageLang")
    String pageLang(Locale locale) {
        return locale.getLanguage();
    }

    @PostMapping("/coordination/appels/{id}/kit")
    String addToKit(
            @PathVariable Long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale)
            throws IOException {
        String coordinator = StaffSession.coordinator(request);
        try {
            String name = kit.add(
                    id,
                    file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes(),
                    coordinator);
            redirect.addFlashAttribute("notice", messages.getMessage("call.kit.added", new Object[] {name}, locale));
        } catch (LabelKit.Refused refused) {
            redirect.addFlashAttribute("kitRefused", messages.getMessage(refused.messageKey(), null, locale));
        }
        return "redirect:/coordination/appels/" + id + "#kit";
    }

    @PostMapping("/coordination/appels/{id}/kit/{fileId}/supprimer")
    String removeFromKit(
            @PathVariable Long id,
            @PathVariable Long fileId,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        kit.remove(id, fileId, StaffSession.coordinator(request));
        redirect.addFlashAttribute("notice", messages.getMessage("call.kit.removed", null, locale));
        return "redirect:/coordination/appels/" + id + "#kit";
    }

    /** The case's label: whether it is labelled, the holder's answers to the charter, its withdrawal or the form. */
    @GetMapping("/coordination/dossiers/{id}/label")
    String label(@PathVariable Long id, HttpServletRequest request, Model model) {
        StaffSession.Member member = StaffSession.member(request);
        require(id);
        Labels.OfCase label = labels.ofCase(id);
        chosenCall.served(member, label.proposal().getCall().getId().toString());
        if (!label.proposal().getCall().labels()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Cet appel ne décerne pas de label.");
        }
        model.addAttribute("coordinator", member.id());
        model.addAttribute("canAct", member.isCoordinator());
        model.addAttribute("label", label);
        return "coordination/label";
    }

    /**
     * Withdraws the case's label with the coordinator's reason; refused, the page again with why and what was typed.
     */
    @PostMapping("/coordination/dossiers/{id}/label")
    String withdraw(
            @PathVariable Long id,
            @RequestParam(name = "reason", defaultValue = "") String reason,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        String coordinator = StaffSession.coordinator(request);
        require(id);
        try {
            labels.withdraw(id, reason, coordinator);
            redirect.addFlashAttribute("notice", messages.getMessage("label.case.withdrawn", null, locale));
            return "redirect:/coordination/dossiers/" + id;
        } catch (Labels.Refused refused) {
            redirect.addFlashAttribute("refused", messages.getMessage(refused.messageKey(), null, locale));
            redirect.addFlashAttribute("reason", reason);
            return "redirect:/coordination/dossiers/" + id + "/label";
        }
    }

    private void require(Long id) {
        if (!proposals.existsById(id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Aucun dossier n°" + id + ".");
        }
    }
}
