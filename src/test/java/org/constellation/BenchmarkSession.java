package org.constellation;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A member of the team signed in as Tasklist signs in (the CSRF cookie echoed, from the public origin), for benches.
 */
public final class BenchmarkSession {

    private static final Pattern HIDDEN =
            Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");

    private final HttpClient http;
    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    private BenchmarkSession(HttpClient http, String base) {
        this.http = http;
        this.base = base;
    }

    public static BenchmarkSession signIn(HttpClient http, String base, String user, String password) throws Exception {
        BenchmarkSession session = new BenchmarkSession(http, base);
        session.get("/camunda/app/tasklist/default/");
        String form = "username=" + user + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> login = session.send(
                HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
                        .header("X-XSRF-TOKEN", session.cookies.getOrDefault("XSRF-TOKEN", ""))
                        .header("Origin", base)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (login.statusCode() != 200) {
            throw new IllegalStateException("Sign-in refused: " + login.statusCode());
        }
        return session;
    }

    public HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /**
     * A form of a page sent back as a browser would: the page's hidden fields (its CSRF token, what it carries, such as
     * the call) and {@code fields}.
     */
    public HttpResponse<String> post(String page, String action, List<Map.Entry<String, String>> fields)
            throws Exception {
        StringBuilder form = new StringBuilder();
        Matcher hidden = HIDDEN.matcher(get(page).body());
        while (hidden.find()) {
            form.append(form.isEmpty() ? "" : "&")
                    .append(hidden.group(1))
                    .append('=')
                    .append(URLEncoder.encode(hidden.group(2), StandardCharsets.UTF_8));
        }
        for (Map.Entry<String, String> field : fields) {
            form.append('&')
                    .append(field.getKey())
                    .append('=')
                    .append(URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8));
        }
        return send(HttpRequest.newBuilder(URI.create(base + action))
                .header("Origin", base)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    String.join(
                            "; ",
                            cookies.entrySet().stream()
                                    .map(c -> c.getKey() + "=" + c.getValue())
                                    .toList()));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        response.headers().allValues("Set-Cookie").forEach(header -> {
            String pair = header.split(";", 2)[0];
            cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        });
        return response;
    }
}
