package org.constellation.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mail.javamail.MimeMessageHelper;

/** The default run's captured mails keep the outbox's stable Message-ID, as the README promises. */
class MailCaptureTest {

    @Test
    void aCapturedMailKeepsItsMessageId(@TempDir Path directory) throws Exception {
        MailCaptureConfiguration.CapturingMailSender sender =
                new MailCaptureConfiguration.CapturingMailSender(directory);
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom("appel@example.org");
        helper.setTo("porteur@example.org");
        helper.setSubject("Accusé de réception");
        helper.setText("Texte", "<p>Texte</p>");
        message.setHeader("Message-ID", "<mail.7.acknowledgement@constellation.example.org>");

        sender.send(message);

        try (var files = Files.list(directory)) {
            Path captured = files.findFirst().orElseThrow();
            assertThat(Files.readString(captured))
                    .contains("Message-ID: <mail.7.acknowledgement@constellation.example.org>");
        }
    }
}
