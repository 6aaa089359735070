package org.constellation.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.constellation.EngineRest;
import org.constellation.PortalClient;
import org.constellation.PostgresIntegrationTest;
import org.constellation.call.Call;
import org.constellation.call.CallForm;
import org.constellation.call.CallRepository;
import org.constellation.funding.Amounts;
import org.constellation.proposal.Proposal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the funding tests (issue 32) do the way people do it: a coordinator saves the call's page, an applicant fills
 * the public form with a budget, the holder follows the link of their mails, the finance department and the follow-up
 * person answer their tasks through the engine's REST API as Tasklist does, a PDF attached to a mail is read as text.
 */
public abstract class FundingIntegrationTest extends PostgresIntegrationTest {

    private static final Pattern TRACKING_LINK = Pattern.compile("/suivi/([A-Za-z0-9_-]{43})");
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    protected int port;

    @Autowired
    protected CallRepository calls;

    protected static String euros(long cents) {
        return Amounts.written(cents, Locale.FRENCH);
    }

    /** The call's page sent with these values over what it shows, as a coordinator's browser sends it. */
    protected HttpResponse<String> save(PortalClient coordinator, Call call, Map<String, String> changed)
            throws Exception {
        String path = "/coordination/appels/" + call.getId();
        Map<String, String> values = new LinkedHashMap<>(
                CallForm.of(calls.findWholeById(call.getId()).orElseThrow()).values());
        values.putAll(changed);
        List<Map.Entry<String, String>> form =
                new ArrayList<>(PortalClient.hiddenFields(coordinator.get(path).body()));
        values.forEach((key, value) -> form.add(Map.entry(key, value == null ? "" : value)));
        return coordinator.post(path, form);
    }

    /** The CSRF token of a page's forms, once. */
    protected static List<Map.Entry<String, String>> token(String page) {
        return new ArrayList<>(PortalClient.hiddenFields(page).stream()
                .filter(field -> field.getKey().equals("_csrf"))
                .limit(1)
                .toList());
    }

    /** The holder on their tracking page, from the last of their mails that carries its link. */
    protected PortalClient holder(String email, String address) throws Exception {
        MimeMessage[] received = smtp.getReceivedMessagesForDomain(email);
        for (int i = received.length - 1; i >= 0; i--) {
            Matcher link = TRACKING_LINK.matcher(text(received[i].getContent()));
            if (link.find()) {
                PortalClient holder = new PortalClient(port, address);
                assertThat(holder.get("/suivi/" + link.group(1)).statusCode()).isEqualTo(303);
                return holder;
            }
        }
        throw new AssertionError("no tracking link sent to " + email);
    }

    /** The awards page's form of {@code proposal}, sent with the button {@code decision} pressed. */
    protected static HttpResponse<String> decide(
            PortalClient coordinator,
            String page,
            Proposal proposal,
            String decision,
            String amount,
            String reason,
            String conditions)
            throws Exception {
        List<Map.Entry<String, String>> form = new ArrayList<>(PortalClient.hiddenFields(page));
        form.add(Map.entry(AwardForm.AMOUNT, amount));
        form.add(Map.entry(AwardForm.REASON, reason));
        form.add(Map.entry(AwardForm.CONDITIONS, conditions));
        form.add(Map.entry(AwardForm.DECISION, decision));
        return coordinator.post("/coordination/financement/" + proposal.getId(), form);
    }

    protected static MimeMessage lastMail(String address) {
        MimeMessage[] received = smtp.getReceivedMessagesForDomain(address);
        assertThat(received).as("mails to " + address).isNotEmpty();
        return received[received.length - 1];
    }

    /** The file named {@code name} attached to a mail, or null. */
    protected static byte[] attachment(Part part, String name) throws Exception {
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                byte[] found = attachment(multipart.getBodyPart(i), name);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (name.equals(part.getFileName())) {
            try (InputStream in = part.getInputStream()) {
                return in.readAllBytes();
            }
        }
        return null;
    }

    /**
     * The PDF's text as a reader reads it: spaces of any kind as one, a word cut at its hyphen by a line's end joined
     * again, apostrophes straight.
     */
    protected static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper()
                    .getText(document)
                    .replaceAll("[\\s\\u00A0\\u202F]+", " ")
                    .replaceAll("(?<=[\\p{L}\\p{N}])- (?=[\\p{L}\\p{N}])", "-")
                    .replace('’', '\'');
        }
    }

    /** The engine's REST API as {@code user} signs in to Tasklist. */
    protected EngineRest rest(String user, String password) {
        return new EngineRest(port, user, password);
    }

    /** A task form's fields as Tasklist sends them: each a string. */
    protected static String variables(Map<String, Object> values) throws Exception {
        Map<String, Object> wrapped = new HashMap<>();
        values.forEach((name, value) -> wrapped.put(name, Map.of("value", value, "type", "String")));
        return JSON.writeValueAsString(Map.of("variables", wrapped));
    }

    /**
     * Fires the timer the proposal's lifecycle waits on at {@code activityId}, whatever its due date, then its jobs.
     */
    protected void fire(Proposal proposal, String activityId) {
        management.executeJob(management
                .createJobQuery()
                .processInstanceId(proposal.getProcessInstanceId())
                .timers()
                .activityId(activityId)
                .singleResult()
                .getId());
        runJobs();
    }
}
