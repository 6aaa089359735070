package org.constellation.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.constellation.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Every bean a BPMN model calls (delegates, listeners, expression beans) exists in the running application. */
class ModelBeansIT extends PostgresIntegrationTest {

    static final Pattern DELEGATE = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"");
    static final Pattern BEAN_CALL = Pattern.compile("\\$\\{(\\w+)\\.");

    @Autowired
    ApplicationContext context;

    @Test
    void everyBeanNamedInTheModelsExists() throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> models = Files.list(Path.of("processes"))) {
            for (Path model : models.toList()) {
                String xml = Files.readString(model);
                for (Pattern pattern : new Pattern[] {DELEGATE, BEAN_CALL}) {
                    Matcher matcher = pattern.matcher(xml);
                    while (matcher.find()) {
                        names.add(matcher.group(1));
                    }
                }
            }
        }
        assertThat(names).contains("queueMail", "caseRetention", "callSchedule", "publishProgrammeEntry");
        assertThat(names)
                .allSatisfy(
                        name -> assertThat(context.containsBean(name)).as(name).isTrue());
    }
}
