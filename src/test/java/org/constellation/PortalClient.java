package org.constellation;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A visitor of the public portal over real HTTP: keeps its cookies (Secure ones too, the test server speaks plain
 * HTTP), never follows redirects, and comes from its own client address (X-Forwarded-For, trusted from loopback) so
 * that each test has its own rate-limit buckets.
 */
public final class PortalClient {

    private static final Pattern HIDDEN = Pattern.compile("name=\"(_csrf|formKey)\" value=\"([^\"]*)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final String base;
    private String address;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    public PortalClient(int port, String address) {
        this.base = "http://localhost:" + port;
        this.address = address;
    }

    /**
     * A member of the team signed in as Tasklist does: its CSRF cookie echoed in a header, from the public origin (the
     * webapps' CSRF filter checks it too), then the login form. Signing in starts a new session whose token the next
     * page brings; the client carries that one.
     */
    public static PortalClient signedInToTasklist(int port, String address, String user, String password)
            throws Exception {
        return signedInToTasklist(port, address, user, password, "https://constellation.example.org");
    }

    /** The same, for an application whose public address (the webapps' CSRF target origin) is {@code origin}. */
    public static PortalClient signedInToTasklist(int port, String address, String user, String password, String origin)
            throws Exception {
        PortalClient staff = new PortalClient(port, address);
        staff.get("/camunda/app/tasklist/default/");
        staff.header("X-XSRF-TOKEN", staff.cookie("XSRF-TOKEN"))
                .header("Origin", origin)
                .header("Accept", "application/json");
        HttpResponse<String> login = staff.post(
                "/camunda/api/admin/auth/user/default/login/tasklist",
                List.of(Map.entry("username", user), Map.entry("password", password)));
        if (login.statusCode() != 200) {
            throw new IllegalStateException(
                    "Sign-in of " + user + " refused: " + login.statusCode() + " " + login.body());
        }
        staff.header("Accept", "text/html").get("/camunda/app/tasklist/default/");
        return staff.header("X-XSRF-TOKEN", staff.cookie("XSRF-TOKEN"));
    }

    /** The same visitor (same cookies) from another client address. */
    public void moveTo(String address) {
        this.address = address;
    }

    public PortalClient header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public HttpResponse<String> get(String path) throws Exception {
        return send(builder(path).GET());
    }

    /** A download, as bytes (a spreadsheet). */
    public HttpResponse<byte[]> getBytes(String path) throws Exception {
        return HTTP.send(builder(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> post(String path, List<Map.Entry<String, String>> form) throws Exception {
        return postRaw(path, encode(form));
    }

    public HttpResponse<String> postRaw(String path, String body) throws Exception {
        return send(builder(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A form with a file, as a browser sends an {@code enctype="multipart/form-data"} form. */
    public HttpResponse<String> postMultipart(
            String path, List<Map.Entry<String, String>> form, String fileField, String fileName, String fileContent)
            throws Exception {
        return postMultipart(
                path,
                form,
                List.of(new FilePart(fileField, fileName, "text/plain", fileContent.getBytes(StandardCharsets.UTF_8))));
    }

    /** A file of a multipart form: its field, its name, its type as the browser claims it, its bytes. */
    public record FilePart(String field, String fileName, String contentType, byte[] content) {}

    /** A form with files of any content (photos), as a browser sends it; a file input left empty is a part too. */
    public HttpResponse<String> postMultipart(String path, List<Map.Entry<String, String>> form, List<FilePart> files)
            throws Exception {
        String boundary = "constellation-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : form) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                            + "\"\r\n\r\n" + field.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        for (FilePart file : files) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field()
                            + "\"; filename=\"" + file.fileName() + "\"\r\nContent-Type: " + file.contentType()
                            + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(builder(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** A JSON request, as the webapps send to their engine API. */
    public HttpResponse<String> json(String method, String path, String body) throws Exception {
        return send(builder(path)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The hidden fields of a page's form (CSRF token, form key) to send it back. */
    public static List<Map.Entry<String, String>> hiddenFields(String page) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        Matcher matcher = HIDDEN.matcher(page);
        while (matcher.find()) {
            fields.add(Map.entry(
                    matcher.group(1), matcher.group(2).replace("&#39;", "'").replace("&amp;", "&")));
        }
        return fields;
    }

    public static String encode(List<Map.Entry<String, String>> form) {
        return form.stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public void forget(String cookie) {
        cookies.remove(cookie);
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .header("X-Forwarded-For", address)
                .header("Accept", "text/html,application/xhtml+xml");
        headers.forEach(builder::setHeader);
        if (!cookies.isEmpty()) {
            builder.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(c -> c.getKey() + "=" + c.getValue())
                            .collect(Collectors.joining("; ")));
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        response.headers().allValues("Set-Cookie").forEach(header -> {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            String value = pair.substring(equals + 1);
            if (value.isEmpty() || header.contains("Max-Age=0")) {
                cookies.remove(pair.substring(0, equals));
            } else {
                cookies.put(pair.substring(0, equals), value);
            }
        });
        return response;
    }
}
