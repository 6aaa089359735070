package org.constellation.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.CALLS_REAL_METHODS;
import static org.mockito.Mockito.mock;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.constellation.proposal.ProposalFacts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * The contract between the mails' templates and the capabilities: every name an applicant mail's template (with its
 * layout) reads from its model is given by the composer itself or by a capability's {@link ProposalFacts}. A fact
 * renamed on one side only, or a template reading one nobody gives, fails here instead of in a sent mail.
 */
class MailFactsTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates/mail");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern STRING = Pattern.compile("'[^']*'");
    /** An identifier not reached through a dot, nor a utility object (#lists) or a method call's name. */
    private static final Pattern ROOT = Pattern.compile("(?<![.\\w#])([A-Za-z_]\\w*)(?!\\w*\\s*\\()");
    /** Names a template declares itself: th:each="x : …", th:fragment="f(a, b)". */
    private static final Pattern LOCAL = Pattern.compile("th:each=\"(\\w+)\\s*:|th:fragment=\"\\w+\\(([^)]*)\\)");

    private static final Set<String> LANGUAGE =
            Set.of("null", "true", "false", "and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge");

    @Test
    void everyNameAnApplicantMailReadsIsProvided() throws Exception {
        Set<String> provided = provided();
        String layout = Files.readString(TEMPLATES.resolve("layout.html"));
        Map<String, Set<String>> missing = new TreeMap<>();
        for (MailTemplate template : MailTemplate.forApplicants()) {
            if (template == MailTemplate.GROUP_MESSAGE) {
                continue;
            }
            String text = Files.readString(TEMPLATES.resolve(template.templateName() + ".html")) + layout;
            Set<String> unknown = new TreeSet<>(names(text));
            unknown.removeAll(provided);
            if (!unknown.isEmpty()) {
                missing.put(template.templateName(), unknown);
            }
        }
        assertThat(missing)
                .as("names read by a mail's template that neither the composer nor a capability gives")
                .isEmpty();
    }

    @Test
    void theCheckCatchesANameNobodyGives() throws Exception {
        Set<String> names = names("<p th:text=\"#{mail.x(${proposal.title}, ${decison.reasons})}\"></p>"
                + "<li th:each=\"m : ${schedule}\" th:text=\"${m.time} + ${#lists.size(schedule)}\"></li>");
        assertThat(names).containsExactlyInAnyOrder("proposal", "decison", "schedule");
        assertThat(provided())
                .contains("proposal", "decision", "schedule", "entry", "plan")
                .doesNotContain("decison");
    }

    static Set<String> names(String template) {
        Set<String> local = new TreeSet<>();
        Matcher declared = LOCAL.matcher(template);
        while (declared.find()) {
            if (declared.group(1) != null) {
                local.add(declared.group(1));
            } else {
                for (String parameter : declared.group(2).split(",")) {
                    local.add(parameter.strip());
                }
            }
        }
        Set<String> names = new TreeSet<>();
        Matcher expression = EXPRESSION.matcher(template);
        while (expression.find()) {
            Matcher root = ROOT.matcher(STRING.matcher(expression.group(1)).replaceAll("''"));
            while (root.find()) {
                if (!local.contains(root.group(1)) && !LANGUAGE.contains(root.group(1))) {
                    names.add(root.group(1));
                }
            }
        }
        return names;
    }

    /** The composer's own names and those of every capability's facts, read without their dependencies. */
    static Set<String> provided() throws IOException {
        Set<String> names = new TreeSet<>(MailComposer.OWN_FACTS);
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(ProposalFacts.class));
        for (BeanDefinition bean : scanner.findCandidateComponents("org.constellation")) {
            try {
                ProposalFacts facts = (ProposalFacts) mock(Class.forName(bean.getBeanClassName()), CALLS_REAL_METHODS);
                names.addAll(facts.names());
            } catch (ClassNotFoundException e) {
                throw new IOException(e);
            }
        }
        return names;
    }
}
