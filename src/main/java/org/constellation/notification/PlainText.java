package org.constellation.notification;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The text/plain alternative of a mail, from its rendered HTML: paragraphs, quotes and list items on their own lines,
 * the line breaks of a text shown with {@code white-space: pre-line} kept (the team's words as they wrote them), a
 * link's address after its text when they differ. Text nodes come out unescaped, as a mail reader shows them.
 */
final class PlainText {

    private PlainText() {}

    static String of(String html) {
        StringBuilder out = new StringBuilder();
        Element body = Jsoup.parse(html).body();
        body.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    String words = keepsLines(text)
                            ? text.getWholeText()
                                    .replaceAll("[^\\S\n]+", " ")
                                    .replace(" \n", "\n")
                                    .replace("\n ", "\n")
                            : text.text().replaceAll("\\s+", " ");
                    if (!words.isBlank() || (!out.isEmpty() && out.charAt(out.length() - 1) != '\n')) {
                        out.append(
                                out.isEmpty() || out.charAt(out.length() - 1) == '\n' ? words.stripLeading() : words);
                    }
                } else if (node instanceof Element element) {
                    switch (element.normalName()) {
                        case "br" -> out.append('\n');
                        case "li" -> newLine().append("- ");
                        default -> {}
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    switch (element.normalName()) {
                        case "p", "div", "blockquote", "ul", "ol", "h1", "h2", "h3", "table", "dl" ->
                            newLine().append('\n');
                        case "li", "tr", "dt", "dd" -> newLine();
                        case "a" -> {
                            String href = element.attr("href");
                            if (!href.isEmpty() && !href.equals(element.text().strip())) {
                                out.append(" <").append(href).append('>');
                            }
                        }
                        default -> {}
                    }
                }
            }

            private StringBuilder newLine() {
                while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
                    out.setLength(out.length() - 1);
                }
                if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                    out.append('\n');
                }
                return out;
            }
        });
        return out.toString().replaceAll("\n{3,}", "\n\n").strip() + "\n";
    }

    private static boolean keepsLines(TextNode text) {
        Element parent = text.parent();
        return parent != null && parent.closest("[style*=pre-line]") != null;
    }
}
