package org.constellation.coordination;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The coordinators' pages read the webapps' session ({@link StaffSession}), but Camunda re-reads a signed-in person's
 * groups (every {@code camunda.bpm.webapp.auth.cache.time-to-live}) only on requests to its own webapps. The same
 * re-reading runs here, before each of our pages: someone taken out of {@code coordinators} loses the pages within that
 * time, and a deleted user's session ends. An interceptor, not a servlet filter, so that a database out of reach while
 * it reads answers like any page (503).
 */
@Configuration
class StaffSessionRevalidation implements WebMvcConfigurer, HandlerInterceptor {

    private final long timeToLive;

    StaffSessionRevalidation(CamundaBpmProperties camunda) {
        var cache = camunda.getWebapp().getAuth().getCache();
        this.timeToLive = cache.isTtlEnabled() ? cache.getTimeToLive() : 0;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/coordination/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        HttpSession session = request.getSession(false);
        if (session != null && timeToLive > 0) {
            revalidate(session, timeToLive);
        }
        return true;
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
