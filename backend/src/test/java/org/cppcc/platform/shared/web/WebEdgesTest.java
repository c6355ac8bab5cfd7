package org.cppcc.platform.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.cppcc.platform.support.ApiClient.Response;
import org.cppcc.platform.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** Edges of the web layer an outside tester tried: pagers, error pages, headers. */
class WebEdgesTest extends IntegrationTest {

    @Test
    void aHugePageIsAFieldErrorNeverAServerError() {
        for (String list : new String[] {"/api/public/proposals", "/api/public/consultation/matters"}) {
            Response overflow = anonymous().get(list + "?page=107374184");
            assertThat(overflow.status()).as(list).isEqualTo(400);
            assertThat(overflow.code()).isEqualTo("VALIDATION_FAILED");
            assertThat(overflow.fields()).containsExactly("page");

            Response beyondInt = anonymous().get(list + "?page=99999999999&size=100");
            assertThat(beyondInt.status()).as(list).isEqualTo(400);
            assertThat(beyondInt.fields()).containsExactly("page");

            Response last = anonymous().get(list + "?page=" + PageQuery.MAX_PAGE + "&size=100");
            assertThat(last.status()).as(list).isEqualTo(200);
            assertThat(last.json().get("items").size()).isZero();
        }
        Response signedIn = loginAs("tab01").get("/api/proposals?page=2147483647&size=100");
        assertThat(signedIn.status()).isEqualTo(400);
        assertThat(signedIn.fields()).containsExactly("page");
    }

    @Test
    void responsesSendNoReferrerToOtherSitesAndTheCsrfCookieIsSameSite() {
        Response csrf = anonymous().get("/api/auth/csrf");
        assertThat(csrf.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(csrf.setCookie("XSRF-TOKEN").toLowerCase()).contains("samesite=lax");
    }

    /** Raw HTTP, so that nothing on the client's side normalises the path first. */
    private String raw(String path) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
                            + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void errorsOutsideTheControllersAreProblemDocumentsToo() throws IOException {
        // Refused by Tomcat's connector before the application sees it.
        String traversal = raw("/%2e%2e/%2e%2e/etc/passwd");
        assertThat(traversal).startsWith("HTTP/1.1 400");
        assertThat(traversal.toLowerCase()).contains("content-type: application/problem+json");
        assertThat(traversal).contains("\"code\":\"MALFORMED_REQUEST\"").doesNotContain("<html");

        // Refused by the security firewall, rendered by the error page.
        String firewall = raw("/api/public/proposals;x=1");
        assertThat(firewall).startsWith("HTTP/1.1 400");
        assertThat(firewall.toLowerCase()).contains("content-type: application/problem+json");
        assertThat(firewall).contains("\"code\":\"MALFORMED_REQUEST\"").doesNotContain("<html");
    }
}
