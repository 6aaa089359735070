package org.constellation.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * When the server refuses what a reviewer submitted with a task or a start form (400), Tasklist shows the answer's
 * message: the engine's REST resource puts "Cannot submit task form {id}: " (or "Cannot instantiate process definition
 * {id}: ") before the reason our listener wrote in French. This leaves the reason alone, for the REST API and the
 * webapps' engine API; every other answer passes untouched.
 */
@Configuration
public class FormRefusalMessages {

    private static final Pattern COMPLETION = Pattern.compile("/(engine-rest|camunda/api/engine/engine/[^/]+)/"
            + "(task/[^/]+/(submit-form|complete|resolve)|process-definition/(key/)?[^/]+/submit-form)");
    private static final Pattern PREFIX = Pattern.compile(
            "^Cannot (?:submit task form|complete task|resolve task|instantiate process definition) \\S+: (.*)$",
            Pattern.DOTALL);

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> formRefusalMessagesFilter(ObjectMapper json) {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(new OncePerRequestFilter() {
                    @Override
                    protected boolean shouldNotFilter(HttpServletRequest request) {
                        return !"POST".equals(request.getMethod())
                                || !COMPLETION
                                        .matcher(request.getRequestURI()
                                                .substring(
                                                        request.getContextPath().length()))
                                        .matches();
                    }

                    @Override
                    protected void doFilterInternal(
                            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                            throws IOException, ServletException {
                        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
                        chain.doFilter(request, answer);
                        if (answer.getStatus() == HttpServletResponse.SC_BAD_REQUEST && answer.getContentSize() > 0) {
                            byte[] rewritten = reasonOnly(json, answer.getContentAsByteArray());
                            if (rewritten != null) {
                                answer.resetBuffer();
                                answer.getOutputStream().write(rewritten);
                            }
                        }
                        answer.copyBodyToResponse();
                    }
                });
        registration.setName("constellation-form-refusal-messages");
        registration.addUrlPatterns(
                "/engine-rest/task/*", "/engine-rest/process-definition/*", "/camunda/api/engine/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    /** The body with its message reduced to the reason, or null when it has no such message. */
    static byte[] reasonOnly(ObjectMapper json, byte[] body) {
        try {
            if (!(json.readTree(body) instanceof ObjectNode error)
                    || !error.path("message").isTextual()) {
                return null;
            }
            Matcher prefixed = PREFIX.matcher(error.get("message").asText());
            if (!prefixed.matches()) {
                return null;
            }
            error.put("message", prefixed.group(1));
            return json.writeValueAsBytes(error);
        } catch (IOException notJson) {
            return null;
        }
    }
}
