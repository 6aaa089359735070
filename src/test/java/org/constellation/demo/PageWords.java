package org.constellation.demo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.constellation.eligibility.Criteria;
import org.constellation.notification.OutboxMail;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

/**
 * What a person reads on a page, and the codes in it where words belong. Read: the title and the text, on a page or in
 * a mail; not scripts and styles, nor attributes (a link's address, a {@code <time>}'s datetime, an input's or a hidden
 * field's value), nor what a text area holds for sending back. Codes: the application's own (the constants of its
 * enums, the rules' verdicts), words in capitals joined by underscores, ISO dates and durations, a member of the team
 * by their user id, a message missing from the bundles ({@code ??key_fr??}), and on a French page a decimal point (but
 * in a standard's version: « RGAA, version 4.1 », « WCAG 2.1 »).
 */
final class PageWords {

    /** Words in capitals, perhaps joined by underscores, as constants are written. */
    private static final Pattern CAPITALS =
            Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\\b", Pattern.UNICODE_CHARACTER_CLASS);

    private static final Pattern ISO_DATE =
            Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern ISO_DURATION = Pattern.compile(
            "\\bP(?:\\d+[YMWD])+(?:T(?:\\d+[HMS])+)?\\b|\\bPT(?:\\d+[HMS])+\\b", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern MISSING_MESSAGE = Pattern.compile("\\?\\?[^\\s?]+\\?\\?");
    private static final Pattern DECIMAL_POINT = Pattern.compile("\\b\\d+\\.\\d+\\b", Pattern.UNICODE_CHARACTER_CLASS);
    /** A standard's version, which French writes with a point too: « RGAA, version 4.1 », « WCAG 2.1 ». */
    private static final Pattern STANDARD_VERSION =
            Pattern.compile("\\b(RGAA\\)?,? version|WCAG) \\d+(?:\\.\\d+)+\\b", Pattern.UNICODE_CHARACTER_CLASS);
    /** Acronyms the pages write as the words they are ("code INSEE", "(CSV)"), though an enum has them too. */
    private static final Set<String> ACRONYMS = Set.of("CSV", "ICS", "INSEE", "JSON");

    private static final Set<String> CODES = applicationCodes();
    /** A user id on its own: not the start of an address (reviewer1@example.org), nor part of a word or a path. */
    private final Pattern staffIds;

    PageWords(Collection<String> staffIds) {
        this.staffIds = Pattern.compile(
                "(?<![\\w@./-])(?:" + staffIds.stream().map(Pattern::quote).collect(Collectors.joining("|"))
                        + ")(?![\\w@/-])",
                Pattern.UNICODE_CHARACTER_CLASS);
    }

    /** Each code the page shows where words belong, with the words around it. */
    List<String> codesIn(String html) {
        Document page = Jsoup.parse(html);
        boolean french = "fr".equals(page.select("html").attr("lang"));
        page.select("script, style, template, textarea").remove();
        String text = page.title() + "\n" + page.body().text();
        List<String> found = new ArrayList<>();
        Matcher capitals = CAPITALS.matcher(text);
        while (capitals.find()) {
            if (capitals.group().contains("_") || CODES.contains(capitals.group())) {
                found.add("a code: " + excerpt(text, capitals));
            }
        }
        find(found, "an ISO date", ISO_DATE, text);
        find(found, "an ISO duration", ISO_DURATION, text);
        find(found, "a member of the team by their id", staffIds, text);
        find(found, "a missing message", MISSING_MESSAGE, text);
        if (french) {
            find(
                    found,
                    "a decimal point on a French page",
                    DECIMAL_POINT,
                    STANDARD_VERSION.matcher(text).replaceAll("$1"));
        }
        return found;
    }

    /**
     * The constants of the application's enums, found on the classpath, and the verdicts of its eligibility rules and
     * the outbox's state of a cut attempt, which are strings; but the acronyms.
     */
    static Set<String> applicationCodes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter((reader, factory) ->
                Enum.class.getName().equals(reader.getClassMetadata().getSuperClassName()));
        Set<String> codes =
                new TreeSet<>(List.of(Criteria.PASS, Criteria.FAIL, Criteria.CHECK, OutboxMail.INTERRUPTED));
        for (BeanDefinition found : scanner.findCandidateComponents("org.constellation")) {
            try {
                for (Object constant : Class.forName(found.getBeanClassName()).getEnumConstants()) {
                    codes.add(((Enum<?>) constant).name());
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        codes.removeAll(ACRONYMS);
        return codes;
    }

    private static void find(List<String> found, String what, Pattern pattern, String text) {
        Matcher code = pattern.matcher(text);
        while (code.find()) {
            found.add(what + ": " + excerpt(text, code));
        }
    }

    private static String excerpt(String text, Matcher code) {
        return "« "
                + text.substring(Math.max(0, code.start() - 40), Math.min(text.length(), code.end() + 40))
                        .replaceAll("\\s+", " ")
                        .strip()
                + " »";
    }
}
