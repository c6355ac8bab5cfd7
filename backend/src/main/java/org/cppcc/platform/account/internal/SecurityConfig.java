package org.cppcc.platform.account.internal;

import java.util.List;

import org.cppcc.platform.account.ModuleAuthorization;
import org.cppcc.platform.account.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import tools.jackson.databind.json.JsonMapper;

/**
 * Server-side sessions (Spring Session in the database, HttpOnly cookie), CSRF tokens the Vue app sends
 * back, and the URL rules that each module declares. Any /api/ path no module declares is refused.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder(@Value("${platform.security.bcrypt-strength:10}") int strength) {
        return new BCryptPasswordEncoder(strength);
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    /**
     * The SPA reads the token from the XSRF-TOKEN cookie; login replaces it. SameSite=Lax like the session
     * cookie; Secure when the request came over TLS, or always with {@code platform.security.secure-cookies}.
     */
    @Bean
    CsrfTokenRepository csrfTokenRepository(@Value("${platform.security.secure-cookies:false}") boolean secure) {
        CookieCsrfTokenRepository tokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
        tokens.setCookieCustomizer(cookie -> {
            cookie.sameSite("Lax");
            if (secure) {
                cookie.secure(true);
            }
        });
        return tokens;
    }

    /**
     * The session cookie (Spring Session): Secure always with {@code platform.security.secure-cookies} (on in the
     * production compose, behind TLS); otherwise Secure exactly when the request came over TLS.
     */
    @Bean
    DefaultCookieSerializerCustomizer secureSessionCookie(
            @Value("${platform.security.secure-cookies:false}") boolean secure) {
        return serializer -> {
            if (secure) {
                serializer.setUseSecureCookie(true);
            }
        };
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            List<ModuleAuthorization> modules,
            SecurityContextRepository contextRepository,
            CsrfTokenRepository csrfTokens,
            JsonMapper json) {
        http.csrf(csrf -> csrf.spa().csrfTokenRepository(csrfTokens))
                .securityContext(context -> context.securityContextRepository(contextRepository))
                .authorizeHttpRequests(rules -> {
                    modules.forEach(module -> module.authorize(rules));
                    rules.requestMatchers("/api/public/**")
                            .permitAll()
                            .requestMatchers("/api/**")
                            .denyAll()
                            .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                            .permitAll()
                            .requestMatchers("/actuator/**")
                            .hasRole(Role.ADMIN.name())
                            // The Vue application, its assets and the API documentation.
                            .anyRequest()
                            .permitAll();
                })
                .exceptionHandling(errors -> errors.authenticationEntryPoint(ProblemResponses.unauthenticated(json))
                        .accessDeniedHandler(ProblemResponses.denied(json)))
                .logout(logout -> logout.logoutUrl("/api/auth/logout")
                        .logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT)))
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; "
                                        + "script-src 'self'; font-src 'self' data:; frame-ancestors 'none'"))
                        .frameOptions(frame -> frame.deny())
                        // No address of this site (tracking pages, record ids) leaks to another site.
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
