package org.constellation.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The headers Camunda's webapps and REST API do not set themselves: no referrer (a task's address names a proposal),
 * and no caching of the engine's answers, which carry applicants' data. Their own header security (CSP, HSTS, content
 * type options) stays theirs.
 */
@Configuration
public class WebappHeaders {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> webappHeadersFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(
                            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                            throws IOException, ServletException {
                        response.setHeader("Referrer-Policy", "no-referrer");
                        String path = request.getRequestURI()
                                .substring(request.getContextPath().length());
                        boolean api = path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/");
                        chain.doFilter(request, api ? new NeverStored(response) : response);
                    }
                });
        registration.setName("constellation-webapp-headers");
        registration.addUrlPatterns("/camunda/*", "/engine-rest/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** The engine's API answers say "no-cache" (store, but revalidate): personal answers are never stored at all. */
    static final class NeverStored extends HttpServletResponseWrapper {

        NeverStored(HttpServletResponse response) {
            super(response);
            super.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        }

        @Override
        public void setHeader(String name, String value) {
            if (!HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }
    }
}
