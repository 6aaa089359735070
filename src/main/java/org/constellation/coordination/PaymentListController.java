package org.constellation.coordination;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.constellation.call.Call;
import org.constellation.security.StaffAccessSetup;
import org.constellation.subsidy.PaymentList;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A call's payment list for the accounting software (issue 32, part 5), as CSV: for coordinators, and for the finance
 * department, which pays every call's projects and reads nothing else of them.
 */
@Controller
class PaymentListController {

    private final ChosenCall chosenCall;
    private final PaymentList payments;

    PaymentListController(ChosenCall chosenCall, PaymentList payments) {
        this.chosenCall = chosenCall;
        this.payments = payments;
    }

    @GetMapping("/coordination/financement/versements.csv")
    ResponseEntity<byte[]> csv(
            @RequestParam(name = "appel", required = false) String appel, HttpServletRequest request) {
        StaffSession.Member member = StaffSession.member(request);
        if (!member.isCoordinator() && !member.groups().contains(StaffAccessSetup.FINANCE)) {
            throw new ResponseStatusException(
                    HttpStatus.FORBIDDEN, "Cette liste est réservée à la coordination et au service financier.");
        }
        Call call = chosenCall.of(appel);
        return CaseExportController.download(
                payments.csv(call.getId()).getBytes(StandardCharsets.UTF_8),
                new MediaType("text", "csv", StandardCharsets.UTF_8),
                "versements-" + call.getSlug() + ".csv");
    }
}
