package org.cppcc.platform.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.session.web.http.CookieSerializer.CookieValue;
import org.springframework.session.web.http.DefaultCookieSerializer;

/** {@code platform.security.secure-cookies}: the session and XSRF-TOKEN cookies Secure even over plain HTTP. */
class SecureCookiesTest {

    private static Cookie csrfCookie(boolean secureSetting) {
        CsrfTokenRepository tokens = new SecurityConfig().csrfTokenRepository(secureSetting);
        MockHttpServletRequest request = new MockHttpServletRequest();
        MockHttpServletResponse response = new MockHttpServletResponse();
        CsrfToken token = tokens.generateToken(request);
        tokens.saveToken(token, request, response);
        return response.getCookie("XSRF-TOKEN");
    }

    private static String sessionCookie(boolean secureSetting) {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        new SecurityConfig().secureSessionCookie(secureSetting).customize(serializer);
        MockHttpServletRequest request = new MockHttpServletRequest();
        MockHttpServletResponse response = new MockHttpServletResponse();
        serializer.writeCookieValue(new CookieValue(request, response, "abc"));
        return response.getHeader("Set-Cookie");
    }

    @Test
    void theSettingMakesBothCookiesSecure() {
        assertThat(csrfCookie(true).getSecure()).isTrue();
        assertThat(csrfCookie(true).getAttribute("SameSite")).isEqualTo("Lax");
        assertThat(sessionCookie(true)).contains("Secure");
    }

    @Test
    void withoutItPlainHttpGetsNoSecureFlagButStillSameSite() {
        assertThat(csrfCookie(false).getSecure()).isFalse();
        assertThat(csrfCookie(false).getAttribute("SameSite")).isEqualTo("Lax");
        assertThat(sessionCookie(false)).doesNotContain("Secure");
    }
}
