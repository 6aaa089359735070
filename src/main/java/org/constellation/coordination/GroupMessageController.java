package org.constellation.coordination;

import jakarta.servlet.http.HttpServletRequest;
import org.constellation.call.Call;
import org.constellation.call.CallRepository;
import org.constellation.notification.GroupMail;
import org.constellation.notification.GroupMessage;
import org.constellation.proposal.ProposalKind;
import org.constellation.proposal.ProposalStatus;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A coordinator writes to the holders of a call chosen by state, kind, theme or commune; the form counts the recipients
 * before anything leaves, and each message's page shows how many copies are sent, waiting or failing.
 */
@Controller
class GroupMessageController {

    private final ChosenCall chosenCall;
    private final GroupMail groupMail;
    private final CallRepository calls;

    GroupMessageController(GroupMail groupMail, CallRepository calls, ChosenCall chosenCall) {
        this.chosenCall = chosenCall;
        this.groupMail = groupMail;
        this.calls = calls;
    }

    @GetMapping("/coordination/messages")
    String list(HttpServletRequest request, Model model) {
        model.addAttribute("coordinator", StaffSession.coordinator(request));
        model.addAttribute("messages", groupMail.latest());
        return "coordination/messages";
    }

    @GetMapping("/coordination/messages/nouveau")
    String form(
            @RequestParam(name = "appel", required = false) Long callId,
            @RequestParam(name = "etat", required = false) String status,
            @RequestParam(name = "type", required = false) String kind,
            @RequestParam(name = "theme", required = false) String theme,
            @RequestParam(name = "commune", required = false) String commune,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("coordinator", StaffSession.coordinator(request));
        Call call = chosenCall.of(callId);
        return form(call, audience(status, kind, theme, commune), "", "", null, model);
    }

    @PostMapping("/coordination/messages")
    String send(
            @RequestParam("appel") Long callId,
            @RequestParam(name = "etat", required = false) String status,
            @RequestParam(name = "type", required = false) String kind,
            @RequestParam(name = "theme", required = false) String theme,
            @RequestParam(name = "commune", required = false) String commune,
            @RequestParam(name = "objet", defaultValue = "") String subject,
            @RequestParam(name = "message", defaultValue = "") String body,
            @RequestParam(name = "reconduire", required = false) Long renewInto,
            HttpServletRequest request,
            Model model) {
        String coordinator = StaffSession.coordinator(request);
        model.addAttribute("coordinator", coordinator);
        Call call = chosenCall.of(callId);
        GroupMail.Audience audience = audience(status, kind, theme, commune);
        try {
            GroupMessage message = groupMail.send(call.getId(), audience, subject, body, renewInto, coordinator);
            return "redirect:/coordination/messages/" + message.getId();
        } catch (GroupMail.Refused refused) {
            return form(call, audience, subject, body, refused.getMessage(), model);
        }
    }

    @GetMapping("/coordination/messages/{id}")
    String show(@PathVariable Long id, HttpServletRequest request, Model model) {
        model.addAttribute("coordinator", StaffSession.coordinator(request));
        try {
            GroupMail.Progress progress = groupMail.progress(id);
            model.addAttribute("progress", progress);
            model.addAttribute(
                    "call", calls.findWholeById(progress.message().getCallId()).orElseThrow());
        } catch (GroupMail.Refused refused) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, refused.getMessage());
        }
        return "coordination/message";
    }

    private String form(
            Call call, GroupMail.Audience audience, String subject, String body, String error, Model model) {
        model.addAttribute("call", call);
        model.addAttribute("calls", calls.findAll());
        model.addAttribute("audience", audience);
        model.addAttribute(
                "recipients", groupMail.recipients(call.getId(), audience).size());
        model.addAttribute("renewalCalls", groupMail.renewalCalls(call));
        model.addAttribute("statuses", ProposalStatus.values());
        model.addAttribute("kinds", ProposalKind.values());
        model.addAttribute("subject", subject);
        model.addAttribute("body", body);
        model.addAttribute("error", error);
        return "coordination/message-form";
    }

    private static GroupMail.Audience audience(String status, String kind, String theme, String commune) {
        return new GroupMail.Audience(
                CoordinationErrors.filter(status, ProposalStatus::valueOf),
                CoordinationErrors.filter(kind, ProposalKind::valueOf),
                blank(theme) ? null : theme,
                blank(commune) ? null : commune);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
