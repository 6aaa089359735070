package org.constellation.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Default run without an SMTP server: every outgoing mail is written to {@code constellation.mail.capture-dir} as an
 * .eml file that any mail client opens. Set {@code spring.mail.host} and an empty capture-dir to send for real.
 */
@Configuration
@ConditionalOnExpression("'${constellation.mail.capture-dir:}' != ''")
public class MailCaptureConfiguration {

    @Bean
    JavaMailSender capturingMailSender(@Value("${constellation.mail.capture-dir}") Path directory) {
        return new CapturingMailSender(directory);
    }

    static final class CapturingMailSender extends JavaMailSenderImpl {

        private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
        private final Path directory;
        private final AtomicLong counter = new AtomicLong();

        CapturingMailSender(Path directory) {
            this.directory = directory;
        }

        @Override
        protected void doSend(MimeMessage[] messages, Object[] originals) {
            for (MimeMessage message : messages) {
                try {
                    Files.createDirectories(directory);
                    // saveChanges() gives the mail a Message-ID of its own: keep the outbox's stable one, as a server
                    // would.
                    String messageId = message.getMessageID();
                    message.saveChanges();
                    if (messageId != null) {
                        message.setHeader("Message-ID", messageId);
                    }
                    Path file = directory.resolve(
                            STAMP.format(LocalDateTime.now()) + "-" + counter.incrementAndGet() + ".eml");
                    try (OutputStream out = Files.newOutputStream(file)) {
                        message.writeTo(out);
                    }
                } catch (MessagingException e) {
                    throw new MailPreparationException(e);
                } catch (IOException e) {
                    throw new MailSendException("Cannot write captured mail in " + directory, e);
                }
            }
        }
    }
}
