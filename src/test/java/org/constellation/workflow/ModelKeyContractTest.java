package org.constellation.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The contract between forms/, the decision tables of processes/ and the Java code, checked both ways. Every key a form
 * uses (a field, the options a field reads, a name in a condition or in a text) and every name a decision table uses
 * (an input, a name in a rule, an output) is declared as a {@link ModelKey} constant by exactly one class, with a type
 * that fits how the model uses it; every declared key is used. A key renamed on one side only fails here, naming the
 * key and the file. ({@link ModelContractTest} checks the {@code ${…}} expressions of the models.)
 */
class ModelKeyContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    /** A name an expression starts from: not reached through a dot, not a function it calls. */
    private static final Pattern NAME = Pattern.compile("(?<![.\\w])([A-Za-z_]\\w*)(?!\\w|\\s*\\()");

    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{([^}]*)}}");
    private static final Set<String> FEEL_WORDS = Set.of(
            "null",
            "true",
            "false",
            "not",
            "and",
            "or",
            "if",
            "then",
            "else",
            "for",
            "in",
            "return",
            "some",
            "every",
            "satisfies",
            "between",
            "instance",
            "of");

    /** A key as a class declares it. */
    record Declared(Class<?> owner, ModelKey key) {

        String describe() {
            return owner.getSimpleName() + " declares '" + key.name() + "'";
        }
    }

    /** A form's use of a key: a field of this type, or ({@code type} null) read by a condition, a text or options. */
    record FormUse(String form, String key, String type, boolean readonly, List<String> options) {

        boolean isField() {
            return type != null;
        }
    }

    /** A decision table's use of a name; {@code typeRef} when the table types it (an output, a plain input). */
    record DecisionUse(String file, String decision, String name, String typeRef) {}

    @Test
    void everyKeyTheFormsUseIsDeclaredOnceWithAFittingTypeAndEveryDeclaredKeyIsUsed() throws Exception {
        assertThat(formProblems(formUses(forms(text -> text)), declarations()))
                .as("forms/ against the ModelKey constants")
                .isEmpty();
    }

    @Test
    void everyNameTheDecisionTablesUseIsDeclaredOnceWithAFittingTypeAndEveryDeclaredNameIsUsed() throws Exception {
        assertThat(decisionProblems(decisionUses(tables(text -> text)), declarations()))
                .as("processes/*.dmn against the ModelKey constants")
                .isEmpty();
    }

    @Test
    void aFormKeyRenamedOnEitherSideFails() throws Exception {
        List<FormUse> renamedInTheForm =
                formUses(forms(text -> text.replace("\"missingInformation\"", "\"missingInfo\"")));
        assertThat(formProblems(renamedInTheForm, declarations()))
                .anyMatch(problem -> problem.contains("check-eligibility.form") && problem.contains("'missingInfo'"))
                .anyMatch(problem -> problem.contains("'missingInformation'") && problem.contains("no form uses"));

        List<Declared> renamedInJava = renamed(declarations(), "missingInformation", "missingInfo");
        assertThat(formProblems(formUses(forms(text -> text)), renamedInJava))
                .anyMatch(problem ->
                        problem.contains("check-eligibility.form") && problem.contains("'missingInformation'"))
                .anyMatch(problem -> problem.contains("'missingInfo'") && problem.contains("no form uses"));
    }

    @Test
    void aDecisionInputRenamedOnEitherSideFails() throws Exception {
        List<DecisionUse> renamedInTheTable = decisionUses(tables(text -> text.replace("themeCount", "themesCount")));
        assertThat(decisionProblems(renamedInTheTable, declarations()))
                .anyMatch(problem -> problem.contains("eligibility.dmn") && problem.contains("'themesCount'"))
                .anyMatch(problem -> problem.contains("'themeCount'") && problem.contains("does not use"));

        List<Declared> renamedInJava = renamed(declarations(), "themeCount", "themesCount");
        assertThat(decisionProblems(decisionUses(tables(text -> text)), renamedInJava))
                .anyMatch(problem -> problem.contains("eligibility.dmn") && problem.contains("'themeCount'"))
                .anyMatch(problem -> problem.contains("'themesCount'") && problem.contains("does not use"));
    }

    @Test
    void aCallsOwnTableIsCheckedAgainstTheFactsOfTheOneItReplaces() throws Exception {
        Map<String, String> tables = new TreeMap<>(tables(text -> text));
        String own = tables.get("eligibility.dmn")
                .replace("<decision id=\"eligibility\"", "<decision id=\"eligibility-biodiversite\"");
        tables.put("eligibility-biodiversite.dmn", own);
        assertThat(decisionProblems(decisionUses(tables), declarations())).isEmpty();
        tables.put("eligibility-biodiversite.dmn", own.replace("minThemes", "minimumThemes"));
        assertThat(decisionProblems(decisionUses(tables), declarations()))
                .anyMatch(problem ->
                        problem.contains("eligibility-biodiversite.dmn") && problem.contains("'minimumThemes'"));
    }

    @Test
    void aKeyOfAnotherTypeOrDeclaredTwiceFails() throws Exception {
        List<Declared> declared = new ArrayList<>(declarations());
        declared.replaceAll(d -> d.key().name().equals("entryAgeMin")
                ? new Declared(d.owner(), ModelKey.field("entryAgeMin", String.class))
                : d);
        declared.add(new Declared(ModelKeyContractTest.class, ModelKey.shown("proposalTitle", String.class)));
        assertThat(formProblems(formUses(forms(text -> text)), declared))
                .anyMatch(problem -> problem.contains("'entryAgeMin'") && problem.contains("number"))
                .anyMatch(problem -> problem.contains("'proposalTitle'") && problem.contains("more than once"));
    }

    static List<String> formProblems(List<FormUse> uses, List<Declared> declarations) {
        List<String> problems = new ArrayList<>();
        Map<String, List<Declared>> declared = byName(
                declarations.stream().filter(d -> d.key().decision() == null).toList(),
                d -> d.key().name(),
                problems);
        Map<String, List<FormUse>> used =
                uses.stream().collect(Collectors.groupingBy(FormUse::key, TreeMap::new, Collectors.toList()));
        used.forEach((key, keyUses) -> {
            if (!declared.containsKey(key)) {
                keyUses.stream()
                        .map(FormUse::form)
                        .distinct()
                        .forEach(form -> problems.add(form + " uses '" + key + "', which no class declares"));
                return;
            }
            Declared declaration = declared.get(key).get(0);
            ModelKey model = declaration.key();
            for (FormUse use : keyUses) {
                if (use.isField() && !fits(use, model.type())) {
                    problems.add(use.form() + ": '" + key + "' is a " + use.type() + " field, but "
                            + declaration.describe() + " a " + model.type().getSimpleName());
                }
                if (use.isField() && !use.readonly() && model.shown()) {
                    problems.add(use.form() + ": '" + key + "' is filled in, but " + declaration.describe()
                            + " shown only (ModelKey.field if a person fills it)");
                }
            }
            if (!model.shown() && keyUses.stream().noneMatch(use -> use.isField() && !use.readonly())) {
                problems.add(declaration.describe() + " a field, which no form lets a person fill (ModelKey.shown)");
            }
        });
        declared.forEach((key, declaredAs) -> {
            if (!used.containsKey(key)) {
                problems.add(declaredAs.get(0).describe() + ", which no form uses");
            }
        });
        return problems;
    }

    /**
     * A table is checked against the declarations of its decision; a call's own table, named after the one it replaces
     * (eligibility-biodiversite), against that one's: it is given the same facts. Every declared name is used by the
     * table of its decision.
     */
    static List<String> decisionProblems(List<DecisionUse> uses, List<Declared> declarations) {
        List<String> problems = new ArrayList<>();
        Map<String, List<Declared>> declared = byName(
                declarations.stream().filter(d -> d.key().decision() != null).toList(),
                d -> d.key().decision() + "/" + d.key().name(),
                problems);
        Set<String> decisions = declarations.stream()
                .map(d -> d.key().decision())
                .filter(decision -> decision != null)
                .collect(Collectors.toSet());
        Map<String, List<DecisionUse>> used = uses.stream()
                .collect(Collectors.groupingBy(
                        use -> replaced(use.decision(), decisions) + "/" + use.name(),
                        TreeMap::new,
                        Collectors.toList()));
        used.forEach((name, nameUses) -> {
            DecisionUse first = nameUses.get(0);
            if (!declared.containsKey(name)) {
                problems.add(first.file() + " uses '" + first.name() + "' in decision '" + first.decision()
                        + "', which no class declares");
                return;
            }
            Declared declaration = declared.get(name).get(0);
            nameUses.stream()
                    .filter(use -> use.typeRef() != null
                            && !fits(use.typeRef(), declaration.key().type()))
                    .findFirst()
                    .ifPresent(use -> problems.add(use.file() + ": '" + use.name() + "' is typed " + use.typeRef()
                            + ", but " + declaration.describe() + " a "
                            + declaration.key().type().getSimpleName()));
        });
        declared.forEach((name, declaredAs) -> {
            ModelKey key = declaredAs.get(0).key();
            if (uses.stream()
                    .noneMatch(use ->
                            use.decision().equals(key.decision()) && use.name().equals(key.name()))) {
                problems.add(declaredAs.get(0).describe() + " for processes/" + key.decision()
                        + ".dmn, which does not use it");
            }
        });
        return problems;
    }

    /** The decision a table stands for: its own, or the one whose id its id extends (eligibility-…). */
    private static String replaced(String decision, Set<String> decisions) {
        return decisions.stream()
                .filter(declared -> decision.startsWith(declared + "-"))
                .findFirst()
                .orElse(decision);
    }

    /** The declarations by name; a name declared by two classes, or twice with different types, is a problem. */
    private static Map<String, List<Declared>> byName(
            List<Declared> declarations, Function<Declared, String> name, List<String> problems) {
        Map<String, List<Declared>> byName = declarations.stream()
                .distinct()
                .collect(Collectors.groupingBy(name, TreeMap::new, Collectors.toList()));
        byName.forEach((key, declaredAs) -> {
            if (declaredAs.size() > 1) {
                problems.add("'" + key + "' is declared more than once: "
                        + declaredAs.stream().map(Declared::describe).toList());
            }
        });
        return byName;
    }

    /** Whether a form's field holds what the Java declares: a text, a number, a date, a tick, a list, a choice. */
    static boolean fits(FormUse field, Class<?> type) {
        return switch (field.type()) {
            case "textfield", "textarea" -> type == String.class;
            case "number" -> Number.class.isAssignableFrom(type);
            case "datetime" -> Temporal.class.isAssignableFrom(type);
            case "checkbox" -> type == Boolean.class;
            case "checklist", "taglist" -> type == List.class;
            // A choice read as an enum offers its constants only.
            case "radio", "select" ->
                type == String.class
                        || type.isEnum()
                                && Arrays.stream(type.getEnumConstants())
                                        .map(constant -> ((Enum<?>) constant).name())
                                        .toList()
                                        .containsAll(field.options());
            default -> false;
        };
    }

    /** Whether a decision table's type ({@code typeRef}) fits the declared Java type. */
    static boolean fits(String typeRef, Class<?> type) {
        return switch (typeRef) {
            case "string" -> type == String.class;
            case "boolean" -> type == Boolean.class;
            case "integer", "long", "double" -> Number.class.isAssignableFrom(type);
            case "date" -> Temporal.class.isAssignableFrom(type);
            default -> true;
        };
    }

    /** Every ModelKey constant of the application, and every list of them (keys made from a pattern). */
    static List<Declared> declarations() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter((reader, factory) -> true);
        Set<Declared> found = new LinkedHashSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.constellation")) {
            Class<?> type = Class.forName(candidate.getBeanClassName(), false, ModelKey.class.getClassLoader());
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                if (field.getType() == ModelKey.class) {
                    field.setAccessible(true);
                    found.add(new Declared(type, (ModelKey) field.get(null)));
                } else if (field.getGenericType() instanceof ParameterizedType list
                        && list.getRawType() == List.class
                        && list.getActualTypeArguments()[0] == ModelKey.class) {
                    field.setAccessible(true);
                    for (Object key : (List<?>) field.get(null)) {
                        found.add(new Declared(type, (ModelKey) key));
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    private static List<Declared> renamed(List<Declared> declarations, String from, String to) {
        return declarations.stream()
                .map(d -> d.key().name().equals(from)
                        ? new Declared(
                                d.owner(),
                                new ModelKey(
                                        d.key().decision(),
                                        to,
                                        d.key().type(),
                                        d.key().shown()))
                        : d)
                .toList();
    }

    /** The forms' text by file name, changed by {@code edit} (to try a renamed key). */
    static Map<String, String> forms(UnaryOperator<String> edit) throws Exception {
        return read(new File("forms").listFiles((dir, name) -> name.endsWith(".form")), edit);
    }

    /** The decision tables' text by file name, changed by {@code edit}. */
    static Map<String, String> tables(UnaryOperator<String> edit) throws Exception {
        return read(new File("processes").listFiles((dir, name) -> name.endsWith(".dmn")), edit);
    }

    private static Map<String, String> read(File[] files, UnaryOperator<String> edit) throws Exception {
        Map<String, String> texts = new TreeMap<>();
        for (File file : files) {
            texts.put(file.getName(), edit.apply(Files.readString(file.toPath())));
        }
        assertThat(texts).as("models found").isNotEmpty();
        return texts;
    }

    static List<FormUse> formUses(Map<String, String> forms) throws Exception {
        List<FormUse> uses = new ArrayList<>();
        for (Map.Entry<String, String> form : forms.entrySet()) {
            JSON.readTree(form.getValue())
                    .path("components")
                    .forEach(component -> collect(form.getKey(), component, uses));
        }
        return uses;
    }

    /** A component's key, the variable its options come from, the names its expressions read; then its children's. */
    private static void collect(String form, JsonNode component, List<FormUse> uses) {
        if (component.hasNonNull("key")) {
            List<String> options = new ArrayList<>();
            component
                    .path("values")
                    .forEach(option -> options.add(option.path("value").asText()));
            uses.add(new FormUse(
                    form,
                    component.get("key").asText(),
                    component.path("type").asText(),
                    component.path("readonly").asBoolean(false),
                    options));
        }
        if (component.hasNonNull("valuesKey")) {
            uses.add(new FormUse(form, component.get("valuesKey").asText(), null, true, List.of()));
        }
        List<String> expressions = new ArrayList<>();
        expressions(component, expressions);
        expressions.forEach(expression ->
                names(expression).forEach(name -> uses.add(new FormUse(form, name, null, true, List.of()))));
        component.path("components").forEach(child -> collect(form, child, uses));
    }

    /** The FEEL a component holds: its "=…" properties (conditions, computed labels) and the {{…}} of its texts. */
    private static void expressions(JsonNode node, List<String> found) {
        if (node.isTextual()) {
            String text = node.asText();
            if (text.startsWith("=")) {
                found.add(text.substring(1));
            }
            Matcher template = TEMPLATE.matcher(text);
            while (template.find()) {
                found.add(template.group(1));
            }
        } else if (node.isArray()) {
            node.forEach(item -> expressions(item, found));
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                if (!property.getKey().equals("components")) {
                    expressions(property.getValue(), found);
                }
            }
        }
    }

    static List<DecisionUse> decisionUses(Map<String, String> tables) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        List<DecisionUse> uses = new ArrayList<>();
        for (Map.Entry<String, String> table : tables.entrySet()) {
            Document dmn = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(table.getValue().getBytes(StandardCharsets.UTF_8)));
            for (Element decision : elements(dmn.getDocumentElement(), "decision")) {
                String id = decision.getAttribute("id");
                for (Element input : elements(decision, "inputExpression")) {
                    String expression = input.getTextContent().strip();
                    if (expression.matches("[A-Za-z_]\\w*")
                            && !input.getAttribute("typeRef").isEmpty()) {
                        uses.add(new DecisionUse(table.getKey(), id, expression, input.getAttribute("typeRef")));
                    }
                }
                for (Element text : elements(decision, "text")) {
                    names(text.getTextContent())
                            .forEach(name -> uses.add(new DecisionUse(table.getKey(), id, name, null)));
                }
                for (Element output : elements(decision, "output")) {
                    String typeRef = output.getAttribute("typeRef");
                    uses.add(new DecisionUse(
                            table.getKey(), id, output.getAttribute("name"), typeRef.isEmpty() ? null : typeRef));
                }
            }
        }
        return uses;
    }

    private static List<Element> elements(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS("*", name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /** The names a FEEL expression reads: not its strings, its functions, its words, nor what follows a dot. */
    static Set<String> names(String expression) {
        String code = STRING.matcher(expression)
                .replaceAll("\"\"")
                .replaceAll("\\blist\\s+contains\\s*\\(", "contains(")
                .replace("..", " , ");
        Set<String> names = new LinkedHashSet<>();
        Matcher name = NAME.matcher(code);
        while (name.find()) {
            if (!FEEL_WORDS.contains(name.group(1))) {
                names.add(name.group(1));
            }
        }
        return names;
    }

    @Test
    void theReaderOfExpressionsFindsTheNamesAndNothingElse() {
        assertThat(names("datesVerdict = null or datesAutomatic = \"CHECK\""))
                .containsExactly("datesVerdict", "datesAutomatic");
        assertThat(names("communeInsee != null and list contains(territory, communeInsee)"))
                .containsExactly("communeInsee", "territory");
        assertThat(names("[seasonStart..seasonEnd]")).containsExactly("seasonStart", "seasonEnd");
        assertThat(names("\"\\\"\" + commune + \" (\" + datesEn.plannedStart + \")\""))
                .containsExactly("commune", "datesEn");
        assertThat(names("min(count(bonusCriteria), 3) * 15")).containsExactly("bonusCriteria");
    }
}
