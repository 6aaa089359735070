package org.constellation.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * The communes a season reached, as a map without a background: a disc per commune at its centre, its area in
 * proportion to the commune's attendance (radius on a square-root scale, a small disc for a commune without attendance
 * reported), the largest drawn first so that none hides a smaller one. An equirectangular projection, its longitudes
 * shortened by the cosine of the middle latitude so that a kilometre east is as long as a kilometre north, fitted to
 * the communes' bounding box with a margin of the largest radius: every disc stays inside the view box. Written as SVG
 * for the page (each disc titled, the whole a {@code role="img"} with its summary; the page lists the same communes in
 * a table, so the map is never the only way to read them) and painted as PNG for the PDF, since openhtmltopdf draws no
 * SVG without its Batik module. Plain Java, {@code CommunesMapTest}.
 */
public final class CommunesMap {

    /** A commune reached: its name, its centre in degrees (WGS 84), its attendance, and its disc's title in words. */
    public record Dot(String name, double latitude, double longitude, long attendance, String title) {}

    /** A dot where the map draws it, in the view box's units. */
    record Placed(Dot dot, double x, double y, double radius) {}

    static final int WIDTH = 640;
    static final int HEIGHT = 440;
    static final double SMALLEST = 4;
    static final double LARGEST = 32;
    /** Room around the drawing: the largest disc, and a little air. */
    static final double MARGIN = LARGEST + 8;

    private static final String FILL = "#1d4f91";
    private static final String EDGE = "#0b2a52";
    private static final String GROUND = "#f4f6fa";
    private static final String FRAME = "#c8cdd6";
    /** The PNG is painted at twice the view box, for print. */
    private static final int PRINT_SCALE = 2;

    private final List<Placed> placed;
    private final String summary;

    /** The map of {@code dots}, summed up in {@code summary} (its title and accessible name). */
    public CommunesMap(List<Dot> dots, String summary) {
        this.placed = place(dots);
        this.summary = summary;
    }

    public String summary() {
        return summary;
    }

    List<Placed> placed() {
        return placed;
    }

    private static List<Placed> place(List<Dot> dots) {
        if (dots.isEmpty()) {
            return List.of();
        }
        double south = dots.stream().mapToDouble(Dot::latitude).min().orElseThrow();
        double north = dots.stream().mapToDouble(Dot::latitude).max().orElseThrow();
        double shrink = Math.cos(Math.toRadians((south + north) / 2));
        double west = dots.stream().mapToDouble(Dot::longitude).min().orElseThrow() * shrink;
        double east = dots.stream().mapToDouble(Dot::longitude).max().orElseThrow() * shrink;
        double scale = Math.min(fit(WIDTH, east - west), fit(HEIGHT, north - south));
        if (Double.isInfinite(scale)) {
            // One commune, or several at the same centre: the middle of the map.
            scale = 0;
        }
        double middleX = (west + east) / 2;
        double middleY = (south + north) / 2;
        long most = dots.stream().mapToLong(Dot::attendance).max().orElse(0);
        double unit = scale;
        return dots.stream()
                .map(dot -> new Placed(
                        dot,
                        WIDTH / 2.0 + (dot.longitude() * shrink - middleX) * unit,
                        HEIGHT / 2.0 - (dot.latitude() - middleY) * unit,
                        radius(dot.attendance(), most)))
                .sorted(Comparator.comparingDouble(Placed::radius).reversed())
                .toList();
    }

    /** Units per degree that fit {@code span} into {@code size} less the margins; infinite for no span. */
    private static double fit(int size, double span) {
        return span <= 0 ? Double.POSITIVE_INFINITY : (size - 2 * MARGIN) / span;
    }

    /** A disc's area follows the attendance; the smallest stays visible. */
    static double radius(long attendance, long most) {
        if (most <= 0 || attendance <= 0) {
            return SMALLEST;
        }
        return Math.max(SMALLEST, LARGEST * Math.sqrt((double) attendance / most));
    }

    /** The map as inline SVG for a page: escaped, sized by its view box to the page's width. */
    public String svg() {
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"communes-map\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"")
                .append(escaped(summary))
                .append("\"><title>")
                .append(escaped(summary))
                .append("</title>")
                .append("<rect x=\"0\" y=\"0\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(HEIGHT)
                .append("\" fill=\"" + GROUND + "\" stroke=\"" + FRAME + "\"/>");
        for (Placed dot : placed) {
            svg.append("<circle cx=\"")
                    .append(number(dot.x()))
                    .append("\" cy=\"")
                    .append(number(dot.y()))
                    .append("\" r=\"")
                    .append(number(dot.radius()))
                    .append("\" fill=\"" + FILL + "\" fill-opacity=\"0.55\" stroke=\"" + EDGE + "\"><title>")
                    .append(escaped(dot.dot().title()))
                    .append("</title></circle>");
        }
        return svg.append("</svg>").toString();
    }

    /** The same map as a PNG image, twice the view box's size, for a PDF. */
    public byte[] png() {
        BufferedImage image = new BufferedImage(WIDTH * PRINT_SCALE, HEIGHT * PRINT_SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D pen = image.createGraphics();
        try {
            pen.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            pen.scale(PRINT_SCALE, PRINT_SCALE);
            pen.setColor(Color.decode(GROUND));
            pen.fillRect(0, 0, WIDTH, HEIGHT);
            pen.setColor(Color.decode(FRAME));
            pen.drawRect(0, 0, WIDTH - 1, HEIGHT - 1);
            Color fill = Color.decode(FILL);
            Color translucent = new Color(fill.getRed(), fill.getGreen(), fill.getBlue(), 140);
            pen.setStroke(new BasicStroke(1));
            for (Placed dot : placed) {
                Ellipse2D disc = new Ellipse2D.Double(
                        dot.x() - dot.radius(), dot.y() - dot.radius(), 2 * dot.radius(), 2 * dot.radius());
                pen.setColor(translucent);
                pen.fill(disc);
                pen.setColor(Color.decode(EDGE));
                pen.draw(disc);
            }
        } finally {
            pen.dispose();
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A coordinate to one decimal, with a point whatever the server's language. */
    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Text as SVG (XML) holds it: markup characters as references, characters XML cannot hold left out. */
    static String escaped(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }
}
