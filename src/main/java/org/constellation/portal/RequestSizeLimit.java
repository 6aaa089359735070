package org.constellation.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A portal form is at most a few tens of kilobytes. A larger POST is refused with 413 before anything reads it: Tomcat
 * would otherwise drop its parameters silently and the applicant would see a misleading CSRF refusal.
 */
@Configuration
class RequestSizeLimit {

    static final DataSize LIMIT = DataSize.ofKilobytes(512);

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> portalRequestSizeLimit() {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(
                            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                            throws ServletException, IOException {
                        if (request.getContentLengthLong() > LIMIT.toBytes()) {
                            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                            return;
                        }
                        chain.doFilter(request, response);
                    }
                });
        registration.setName("constellation-portal-request-size");
        registration.addUrlPatterns("/appels/*", "/suivi/*", "/suivi");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
