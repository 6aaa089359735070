package org.constellation.coordination;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.constellation.call.Call;
import org.constellation.call.CallRepository;
import org.constellation.notification.MailTemplate;
import org.constellation.notification.Outbox;
import org.constellation.notification.OutboxMail;
import org.constellation.notification.OutboxMailRepository;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The outbox as coordinators see it: every mail, filtered by call, type and status; a mail as sent; resend, release.
 */
@Controller
class OutboxController {

    private final Clock clock;

    /** Mails per page: enough to scan, short enough to load at once. */
    private static final int PAGE = 50;

    private final OutboxMailRepository mails;
    private final Outbox outbox;
    private final CallRepository calls;
    private final ProposalRepository proposals;

    OutboxController(
            OutboxMailRepository mails,
            Outbox outbox,
            CallRepository calls,
            ProposalRepository proposals,
            Clock clock) {
        this.clock = clock;
        this.mails = mails;
        this.outbox = outbox;
        this.calls = calls;
        this.proposals = proposals;
    }

    /** A line of the outbox, with what the coordinator recognises: the call's title and the proposal's reference. */
    record Line(OutboxMail mail, String callTitle, String reference) {}

    @GetMapping("/coordination/courriels")
    String list(
            @RequestParam(name = "appel", required = false) Long callId,
            @RequestParam(name = "type", required = false) String type,
            @RequestParam(name = "statut", required = false) String status,
            @RequestParam(name = "page", defaultValue = "1") int pageNumber,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("coordinator", StaffSession.coordinator(request));
        MailTemplate template = CoordinationErrors.filter(type, MailTemplate::named);
        OutboxMail.Status state = CoordinationErrors.filter(status, OutboxMail.Status::valueOf);
        Page<OutboxMail> page = mails.search(
                callId,
                template == null ? null : template.templateName(),
                state,
                PageRequest.of(CoordinationErrors.page(pageNumber, 1) - 1, PAGE));
        List<OutboxMail> found = page.getContent();
        Map<Long, String> titles = calls.findAll().stream().collect(Collectors.toMap(Call::getId, Call::getTitle));
        Map<Long, String> references =
                proposals
                        .findAllById(
                                found.stream().map(OutboxMail::getProposalId).toList())
                        .stream()
                        .collect(Collectors.toMap(Proposal::getId, Proposal::getReference));
        model.addAttribute("now", OffsetDateTime.now(clock));
        model.addAttribute(
                "lines",
                found.stream()
                        .map(mail -> new Line(mail, titles.get(mail.getCallId()), references.get(mail.getProposalId())))
                        .toList());
        model.addAttribute("calls", calls.findAll());
        model.addAttribute("templates", MailTemplate.values());
        model.addAttribute("statuses", OutboxMail.Status.values());
        model.addAttribute("selectedCall", callId);
        model.addAttribute("selectedType", template);
        model.addAttribute("selectedStatus", state);
        model.addAttribute("page", page);
        // The filters again, for the links to the other pages.
        model.addAttribute(
                "filters",
                "appel=" + (callId == null ? "" : callId) + "&type=" + (template == null ? "" : template.templateName())
                        + "&statut=" + (state == null ? "" : state.name()));
        return "coordination/outbox";
    }

    @GetMapping("/coordination/courriels/{id}")
    String show(@PathVariable Long id, HttpServletRequest request, Model model) {
        model.addAttribute("coordinator", StaffSession.coordinator(request));
        OutboxMail mail = mail(id);
        model.addAttribute(
                "line",
                new Line(
                        mail,
                        mail.getCallId() == null
                                ? null
                                : calls.findById(mail.getCallId())
                                        .map(Call::getTitle)
                                        .orElse(null),
                        mail.getProposalId() == null
                                ? null
                                : proposals
                                        .findById(mail.getProposalId())
                                        .map(Proposal::getReference)
                                        .orElse(null)));
        model.addAttribute("now", OffsetDateTime.now(clock));
        return "coordination/mail";
    }

    /** The HTML part as sent, for the sandboxed frame of the mail page: no script, no form, no request leaves it. */
    @GetMapping(value = "/coordination/courriels/{id}/html", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> html(@PathVariable Long id, HttpServletRequest request) {
        StaffSession.coordinator(request);
        String html = mail(id).getBodyHtml();
        if (html == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Ce courriel n'est pas encore parti.");
        }
        return CoordinationErrors.sandboxed(html);
    }

    @PostMapping("/coordination/courriels/{id}/renvoyer")
    String resend(@PathVariable Long id, HttpServletRequest request) {
        StaffSession.coordinator(request);
        OutboxMail copy = outbox.resend(mail(id).getId());
        return "redirect:/coordination/courriels/" + copy.getId();
    }

    @PostMapping("/coordination/courriels/{id}/reessayer")
    String retry(@PathVariable Long id, HttpServletRequest request) {
        StaffSession.coordinator(request);
        if (!outbox.retryNow(mail(id).getId())) {
            throw new ResponseStatusException(
                    HttpStatus.CONFLICT,
                    "Ce courriel n'est pas en échec, ou son envoi a été supprimé dans Cockpit : renvoyez-le plutôt.");
        }
        return "redirect:/coordination/courriels/" + id;
    }

    @PostMapping("/coordination/courriels/{id}/envoyer")
    String release(@PathVariable Long id, HttpServletRequest request) {
        StaffSession.coordinator(request);
        OutboxMail mail = mail(id);
        if (mail.getStatus() != OutboxMail.Status.HELD) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Ce courriel n'est pas retenu : rien à libérer.");
        }
        outbox.release(mail.getId());
        return "redirect:/coordination/courriels/" + id;
    }

    private OutboxMail mail(Long id) {
        return mails.findById(id)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "Aucun courriel n°" + id + " dans la boîte d'envoi."));
    }
}
