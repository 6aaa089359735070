package org.constellation.label;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A file a coordinator adds to a label's communication kit (plain rules, {@code KitUploadTest}): a PNG, JPEG, SVG or
 * PDF of 5 MB at most, its type read from its bytes whatever its name or the browser claim; an SVG with a visible
 * script or event handler is refused (one written to hide it is not caught here: downloads are attachments under a
 * sandboxing Content-Security-Policy, TrackingLabelController). Its name is made safe for the header its download
 * carries.
 */
public final class KitUpload {

    public static final int LARGEST_FILE = 5 * 1024 * 1024;
    /** A kit is a logo in a few formats and the charter: more files is a mistake. */
    public static final int MOST_FILES = 20;

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    /** An SVG declares itself within its first kilobyte: after an XML declaration, comments or a doctype. */
    private static final int SVG_HEAD = 1024;

    private static final Pattern SVG_START =
            Pattern.compile("(?s)^(<\\?xml.*?\\?>|<!--.*?-->|<!DOCTYPE[^>]*>|\\s)*<svg[\\s>].*");
    /** What makes an image a program: a script element, a script address, an event handler attribute. */
    private static final Pattern SCRIPT = Pattern.compile("(?i)<script|javascript:|<foreignObject|\\son[a-z]+\\s*=");

    private static final Map<String, String> EXTENSIONS = Map.of(
            "image/png", ".png",
            "image/jpeg", ".jpg",
            "image/svg+xml", ".svg",
            "application/pdf", ".pdf");

    /** A file found to be one of the kit's kinds: its name made safe, its type read from its bytes. */
    public record Checked(String fileName, String contentType, byte[] content) {}

    /** The file checked, or the message key of why it is refused (label.kit.error.…); exactly one is set. */
    public record Result(Checked file, String refusal) {

        static Result refused(String key) {
            return new Result(null, "label.kit.error." + key);
        }
    }

    private KitUpload() {}

    public static Result check(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            return Result.refused("empty");
        }
        if (content.length > LARGEST_FILE) {
            return Result.refused("size");
        }
        String type = sniffedType(content);
        if (type == null) {
            return Result.refused("type");
        }
        if ("image/svg+xml".equals(type)
                && SCRIPT.matcher(new String(content, StandardCharsets.UTF_8)).find()) {
            return Result.refused("script");
        }
        return new Result(new Checked(safeName(fileName, type), type, content), null);
    }

    /**
     * PNG, JPEG, PDF or SVG as the first bytes say; null for anything else. Whatever a file's name or the browser
     * claim: a subsidy's signed agreement is known to be a PDF the same way.
     */
    public static String sniffedType(byte[] content) {
        if (startsWith(content, PNG)) {
            return "image/png";
        }
        if (startsWith(content, JPEG)) {
            return "image/jpeg";
        }
        if (startsWith(content, PDF)) {
            return "application/pdf";
        }
        String head = new String(Arrays.copyOf(content, Math.min(content.length, SVG_HEAD)), StandardCharsets.UTF_8)
                .replaceFirst("^\uFEFF", "");
        return SVG_START.matcher(head).matches() ? "image/svg+xml" : null;
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        return content.length >= signature.length && Arrays.equals(Arrays.copyOf(content, signature.length), signature);
    }

    /**
     * The name a file is kept and downloaded under: its own name without its folders, in letters, digits, dots, dashes
     * and spaces only (a header carries it), ending as its type does; « kit.svg » when nothing is left.
     */
    static String safeName(String fileName, String type) {
        String extension = EXTENSIONS.get(type);
        String base = fileName == null
                ? ""
                : fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        base = base.replaceFirst("(?i)\\.(jpe?g|png|svg|pdf)$", "")
                .replaceAll("[^\\p{L}\\p{N} ._-]", "_")
                .strip();
        if (base.isEmpty() || base.chars().allMatch(c -> c == '_' || c == '.')) {
            base = "kit";
        }
        return (base.length() > 150 ? base.substring(0, 150) : base) + extension;
    }
}
