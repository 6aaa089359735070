package org.constellation.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

/**
 * The contract between the models and the Java code: every name an expression of a BPMN, DMN or form file starts from
 * (in {@code ${…}}) is a Spring bean of the application, a variable declared once in {@link ProcessVariables}, or the
 * engine's own {@code execution}/{@code task}. A typo in a model, or a variable renamed on one side only, fails here
 * instead of in a running process.
 */
class ModelContractTest {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern STRING = Pattern.compile("'[^']*'|\"[^\"]*\"");
    /** An identifier not reached through a dot (a method or property of something else). */
    private static final Pattern ROOT = Pattern.compile("(?<![.\\w])([A-Za-z_]\\w*)");
    /** The engine's own names and the expression language's words. */
    private static final Set<String> ENGINE = Set.of(
            "execution",
            "task",
            "null",
            "true",
            "false",
            "not",
            "and",
            "or",
            "eq",
            "ne",
            "lt",
            "gt",
            "le",
            "ge",
            "div",
            "mod",
            "empty",
            "instanceof");

    @Test
    void everyNameAModelUsesIsABeanOrADeclaredVariable() throws Exception {
        Set<String> beans = beanNames();
        Set<String> variables = declaredVariables();
        Map<String, Set<String>> undeclared = new TreeMap<>();
        for (File model : models()) {
            for (String name : rootNames(Files.readString(model.toPath()))) {
                if (!beans.contains(name) && !variables.contains(name) && !ENGINE.contains(name)) {
                    undeclared
                            .computeIfAbsent(model.getName(), file -> new TreeSet<>())
                            .add(name);
                }
            }
        }
        assertThat(undeclared)
                .as("names used in models, neither beans nor declared in ProcessVariables")
                .isEmpty();
    }

    @Test
    void theCheckCatchesANameNobodyDeclared() throws Exception {
        Set<String> names = rootNames("<a x=\"${callSchedule.deadline(callId)}\"/><b>${proposalPriorty &gt; 3}</b>"
                + "<c>${proposalPhase.enter(execution, 'ELIGIBILITY_CHECK')}</c>");
        assertThat(names)
                .containsExactlyInAnyOrder("callSchedule", "callId", "proposalPriorty", "proposalPhase", "execution");
        assertThat(declaredVariables()).doesNotContain("proposalPriorty").contains("proposalPriority");
        assertThat(beanNames()).contains("callSchedule", "proposalPhase", "queueMail");
    }

    static Set<String> rootNames(String text) {
        Set<String> names = new TreeSet<>();
        Matcher expression = EXPRESSION.matcher(text.replace("&gt;", ">")
                .replace("&lt;", "<")
                .replace("&amp;", "&")
                .replace("&quot;", "\"")
                .replace("&#39;", "'"));
        while (expression.find()) {
            Matcher root = ROOT.matcher(STRING.matcher(expression.group(1)).replaceAll("''"));
            while (root.find()) {
                names.add(root.group(1));
            }
        }
        return names;
    }

    private static File[] models() {
        return Stream.concat(
                        Arrays.stream(new File("processes")
                                .listFiles((dir, name) -> name.endsWith(".bpmn") || name.endsWith(".dmn"))),
                        Arrays.stream(new File("forms").listFiles((dir, name) -> name.endsWith(".form"))))
                .sorted()
                .toArray(File[]::new);
    }

    /** The values of ProcessVariables' constants. */
    static Set<String> declaredVariables() throws IllegalAccessException {
        Set<String> names = new TreeSet<>();
        for (Field field : ProcessVariables.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                names.add((String) field.get(null));
            }
        }
        return names;
    }

    /** The names of the application's components, as Spring names them. */
    static Set<String> beanNames() throws IOException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true);
        AnnotationBeanNameGenerator naming = new AnnotationBeanNameGenerator();
        DefaultListableBeanFactory registry = new DefaultListableBeanFactory();
        Set<String> names = new TreeSet<>();
        for (BeanDefinition bean : scanner.findCandidateComponents("org.constellation")) {
            names.add(naming.generateBeanName(bean, registry));
        }
        return names;
    }
}
