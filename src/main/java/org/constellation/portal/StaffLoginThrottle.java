package org.constellation.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.constellation.portal.RateLimits.Limit;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * SEC-05: wrong staff passwords are counted per client address, in front of the engine, which would otherwise lock the
 * account itself. A client over its limit gets 429 and its attempts never reach the engine, so a stranger who knows a
 * user id cannot keep that person out; the person signs in from their own address. Covers Tasklist's login and the REST
 * API's HTTP Basic; it lives with the portal's other rate limits (same buckets, same storage).
 */
@Configuration
class StaffLoginThrottle {

    private static final Pattern LOGIN = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> staffLoginThrottleFilter(RateLimits rateLimits) {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(new OncePerRequestFilter() {
                    @Override
                    protected boolean shouldNotFilter(HttpServletRequest request) {
                        String path = request.getRequestURI()
                                .substring(request.getContextPath().length());
                        return !(LOGIN.matcher(path).matches()
                                || path.startsWith("/engine-rest/")
                                        && request.getHeader(HttpHeaders.AUTHORIZATION) != null);
                    }

                    @Override
                    protected void doFilterInternal(
                            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                            throws IOException, ServletException {
                        String client = request.getRemoteAddr();
                        if (rateLimits.exhausted(Limit.STAFF_LOGIN_FAILURES_PER_ADDRESS, client)) {
                            response.setHeader(HttpHeaders.RETRY_AFTER, "900");
                            response.sendError(
                                    429,
                                    "Trop de mots de passe erronés depuis cette adresse : réessayez dans 15 minutes.");
                            return;
                        }
                        chain.doFilter(request, response);
                        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
                            rateLimits.record(Limit.STAFF_LOGIN_FAILURES_PER_ADDRESS, client);
                        }
                    }
                });
        registration.setName("constellation-staff-login-throttle");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/admin/auth/*");
        // Before the REST API's authentication (HIGHEST_PRECEDENCE + 10), which asks the engine.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }
}
