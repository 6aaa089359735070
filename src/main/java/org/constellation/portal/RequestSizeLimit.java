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
 * would otherwise drop its parameters silently and the applicant would see a misleading CSRF refusal. The report of an
 * event carries photos: three of 5 MB at most, and the form around them; the evidence of an obligation one photo; an
 * agreement's signed copy one PDF of 10 MB. The limits are well above those, so that a phone's photo a little too large
 * reaches the form, which refuses it in words beside its field with everything typed kept (report.ReportForm,
 * obligation.Evidence, subsidy.SignedCopy).
 */
@Configuration
class RequestSizeLimit {

    static final DataSize LIMIT = DataSize.ofKilobytes(512);

    static final DataSize REPORT_LIMIT = DataSize.ofMegabytes(40);

    static final DataSize EVIDENCE_LIMIT = DataSize.ofMegabytes(16);

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> portalRequestSizeLimit() {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(
                            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                            throws ServletException, IOException {
                        DataSize limit = limitOf(request.getServletPath());
                        if (request.getContentLengthLong() > limit.toBytes()) {
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

    /**
     * The largest request a portal path takes: a page's form, an event's report, an obligation's evidence, an
     * agreement's signed copy (a PDF of 10 MB, under the evidence's limit).
     */
    static DataSize limitOf(String path) {
        if (TrackingReportController.PATH.equals(path)) {
            return REPORT_LIMIT;
        }
        if (TrackingAgreementController.SIGNED_COPY.equals(path)) {
            return EVIDENCE_LIMIT;
        }
        return path.startsWith(TrackingObligationsController.PATH + "/") ? EVIDENCE_LIMIT : LIMIT;
    }
}
