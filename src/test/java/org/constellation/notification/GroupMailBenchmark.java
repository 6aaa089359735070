package org.constellation.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.constellation.BenchmarkData;
import org.constellation.BenchmarkReport;
import org.constellation.BenchmarkSession;
import org.constellation.EngineLoad;

/**
 * Issue 17's group mail benchmark, run by {@code bench/groupmail}: a coordinator writes to the 5,000 holders of a call
 * (one outbox row and one delivery process each, in the request's transaction), then the application delivers them to a
 * local SMTP sink (GreenMail, in this JVM). Against, in the same run: the bare engine starting instances of a start →
 * user task process over REST from 8 clients, and plain Jakarta Mail sending to the same sink, one connection per mail
 * as the application does. The message's page is read during the delivery for its progress.
 */
public final class GroupMailBenchmark {

    static final int HOLDERS = 5_000;
    static final int BARE_MAILS = 1_000;
    static final String BASELINE = "bench-mail-baseline";
    /** Long enough to read a rate, short enough for a benchmark: the rest of the backlog is projected. */
    static final long DELIVERY_WINDOW_SECONDS = 120;

    private static final Pattern SENT = Pattern.compile("Envoyés : [0-9]+ sur [0-9]+");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String jdbc = args[1];
        String password = args[2];
        Path report = Path.of(args[3]);
        int smtpPort = Integer.parseInt(args[4]);
        GreenMail sink = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        sink.start();
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        EngineLoad engine = new EngineLoad(http, base, password);
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "")) {
            long callId = BenchmarkData.copiesOfTheDemoProposal(db, HOLDERS, "MATCHING");
            EngineLoad.awaitQuietEngine(db);
            engine.deploy(BASELINE, baselineProcess());
            long bareStarts = engine.startPlain(BASELINE, HOLDERS);
            double bareMails = bareMailsPerSecond(smtpPort);
            sink.purgeEmailFromAllMailboxes();

            BenchmarkSession coordinator = BenchmarkSession.signIn(http, base, "coordinator", password);
            long began = System.nanoTime();
            HttpResponse<String> sent = coordinator.post(
                    "/coordination/messages/nouveau?appel=" + callId + "&etat=MATCHING",
                    "/coordination/messages",
                    List.of(
                            Map.entry("objet", "Rencontre des porteurs le 12 mars"),
                            Map.entry(
                                    "message",
                                    "Bonjour, la rencontre des porteurs aura lieu le 12 mars à la Casemate.")));
            double queued = (System.nanoTime() - began) / 1e9;
            String page = sent.headers()
                    .firstValue("Location")
                    .orElseThrow(() -> new IllegalStateException(
                            "The message was refused: " + sent.statusCode() + " " + sent.body()));
            System.out.printf("%d mails queued in %.1f s%n", HOLDERS, queued);

            began = System.nanoTime();
            String seen = null;
            long delivered = 0;
            while (delivered < HOLDERS && (System.nanoTime() - began) / 1e9 < DELIVERY_WINDOW_SECONDS) {
                Thread.sleep(500);
                delivered = Arrays.stream(sink.getReceivedMessages())
                        .filter(GroupMailBenchmark::toAHolder)
                        .count();
                if (seen == null && (System.nanoTime() - began) / 1e9 > 10) {
                    Matcher progress = SENT.matcher(coordinator
                            .get(page.replaceFirst("^https?://[^/]+", ""))
                            .body());
                    seen = progress.find() ? progress.group() : "(no progress shown)";
                    System.out.println("The message's page, 10 s in: " + seen);
                }
            }
            double delivering = (System.nanoTime() - began) / 1e9;
            System.out.printf("%d of %d delivered in %.1f s%n", delivered, HOLDERS, delivering);
            write(report, bareStarts, queued, bareMails, delivered, delivering, seen);
        } finally {
            sink.stop();
        }
    }

    static boolean toAHolder(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString().endsWith("@banc.example.org");
        } catch (Exception e) {
            return false;
        }
    }

    /** Plain Jakarta Mail to the same sink, one connection per mail. */
    static double bareMailsPerSecond(int port) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", Integer.toString(port));
        Session session = Session.getInstance(properties);
        long began = System.nanoTime();
        for (int i = 0; i < BARE_MAILS; i++) {
            MimeMessage mail = new MimeMessage(session);
            mail.setFrom(new InternetAddress("banc@example.org"));
            mail.setRecipient(Message.RecipientType.TO, new InternetAddress("nu-" + i + "@banc-nu.example.org"));
            mail.setSubject("Rencontre des porteurs le 12 mars", "UTF-8");
            mail.setText("Bonjour, la rencontre des porteurs aura lieu le 12 mars à la Casemate.", "UTF-8");
            Transport.send(mail);
        }
        return BARE_MAILS / ((System.nanoTime() - began) / 1e9);
    }

    static String baselineProcess() {
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="bench">
          <process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
            <startEvent id="start" />
            <sequenceFlow id="f1" sourceRef="start" targetRef="task" />
            <userTask id="task" camunda:candidateGroups="reviewers" />
            <sequenceFlow id="f2" sourceRef="task" targetRef="end" />
            <endEvent id="end" />
          </process>
        </definitions>
        """.formatted(BASELINE);
    }

    static void write(
            Path report,
            long bareStarts,
            double queued,
            double bareMails,
            long delivered,
            double delivering,
            String seen)
            throws Exception {
        double queuedRate = HOLDERS / queued;
        double deliveryRate = delivered / delivering;
        String table =
                "Measured " + LocalDate.now() + " on " + Runtime.getRuntime().availableProcessors()
                        + " cores, Java " + System.getProperty("java.version")
                        + ", PostgreSQL and the SMTP sink on the same machine; "
                        + HOLDERS + " holders of one call (SQL copies of a demo proposal), one job thread.\n\n"
                        + "| What | Time | Per second | ÷ baseline |\n| --- | ---: | ---: | ---: |\n"
                        + String.format(
                                "| baseline: bare engine, start → user task over REST, 8 clients | | %d instances | 1.0× |%n",
                                bareStarts)
                        + String.format(
                                "| a message to %d holders queued (one POST: outbox rows and delivery processes) | %.1f s | "
                                        + "%.0f mails | %.2f× |%n",
                                HOLDERS, queued, queuedRate, queuedRate / bareStarts)
                        + String.format(
                                "| baseline: plain Jakarta Mail to the sink, a connection per mail | | %.0f mails | 1.0× |%n",
                                bareMails)
                        + String.format(
                                "| delivered by the application to the sink (%d in the first %.0f s) | %.0f s for all "
                                        + "(projected) | %.1f mails | %.3f× |%n",
                                delivered, delivering, HOLDERS / deliveryRate, deliveryRate, deliveryRate / bareMails)
                        + "\nThe message's page, ten seconds into the delivery: « " + seen + " ».\n";
        BenchmarkReport.writeSection(report, "Group mail (`bench/groupmail`)", "groupmail", table);
    }
}
