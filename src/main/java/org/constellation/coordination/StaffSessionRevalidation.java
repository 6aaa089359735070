package org.constellation.coordination;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The coordinators' pages read the webapps' session ({@link StaffSession}), but Camunda re-reads a signed-in person's
 * groups (every {@code camunda.bpm.webapp.auth.cache.time-to-live}) only on requests to its own webapps. The same
 * re-reading runs here, before each of our pages: someone taken out of {@code coordinators} loses the pages within
 * that time, and a deleted user's session ends.
 */
@Configuration
class StaffSessionRevalidation {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> staffSessionRevalidationFilter(CamundaBpmProperties camunda) {
    var cache = camunda.getWebapp().getAuth().getCache();
    long timeToLive = cache.isTtlEnabled() ? cache.getTimeToLive() : 0;
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && timeToLive > 0) {
          revalidate(session, timeToLive);
        }
        chain.doFilter(request, response);
      }
    });
    registration.setName("constellation-staff-session-revalidation");
    registration.addUrlPatterns("/coordination/*");
    return registration;
  }

  static void revalidate(HttpSession session, long timeToLive) {
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications.getAuthentications().isEmpty()) {
      return;
    }
    AuthenticationUtil.updateCache(authentications, session, timeToLive);
    if (authentications.getAuthentications().isEmpty()) {
      session.invalidate(); // the user was deleted
    } else {
      AuthenticationUtil.updateSession(session, authentications);
    }
  }
}
