package org.constellation.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.constellation.proposal.AccompanimentNeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Spring formats a message with MessageFormat only when it has arguments: there an apostrophe is written '', and in a
 * message without arguments '' would reach the reader doubled. Both languages hold the same keys.
 */
class MessagesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");

    static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_en.properties"})
    void apostrophesAreDoubledOnlyWhereMessageFormatUndoublesThem(String file) throws IOException {
        load(file).forEach((key, value) -> {
            String text = (String) value;
            if (!ARGUMENT.matcher(text).find()) {
                assertThat(text).as(file + " " + key).doesNotContain("''");
            }
        });
    }

    /** Two pages adding the same key would silently take one page's words for the other's. */
    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_en.properties"})
    void noKeyIsWrittenTwice(String file) throws IOException {
        Set<String> seen = new HashSet<>();
        List<String> twice = new ArrayList<>();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/" + file)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int equals = line.indexOf('=');
                if (!line.startsWith("#")
                        && equals > 0
                        && !seen.add(line.substring(0, equals).strip())) {
                    twice.add(line.substring(0, equals));
                }
            }
        }
        assertThat(twice).as(file).isEmpty();
    }

    @Test
    void everyMailKeyExistsInBothLanguages() throws IOException {
        Properties french = load("messages.properties");
        Properties english = load("messages_en.properties");
        french.stringPropertyNames().stream()
                .filter(key ->
                        key.startsWith("mail.") && !key.startsWith("mail.staff.") && !key.startsWith("mail.task-"))
                .forEach(key -> assertThat(english).as(key).containsKey(key));
    }

    /** The outbox, its filters, a case's story and the mail previews name every kind of mail and where it stands. */
    @Test
    void everyMailAndEveryStateOfTheOutboxIsNamed() throws IOException {
        // The base file is the one every language falls back to.
        Properties words = load("messages.properties");
        for (MailTemplate template : MailTemplate.values()) {
            assertThat(words).as(template.templateName()).containsKey("outbox.type." + template.templateName());
        }
        for (OutboxMail.Status status : OutboxMail.Status.values()) {
            assertThat(words).as(status.name()).containsKey("outbox.status." + status);
        }
        assertThat(words).containsKey("outbox.status." + OutboxMail.INTERRUPTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_en.properties"})
    void everyNeedIsNamed(String file) throws IOException {
        Properties messages = load(file);
        for (AccompanimentNeed need : AccompanimentNeed.values()) {
            assertThat(messages).as(file).containsKey("need." + need);
        }
    }
}
