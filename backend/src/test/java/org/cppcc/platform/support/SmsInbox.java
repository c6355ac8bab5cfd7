package org.cppcc.platform.support;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.util.List;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/** What the stand-in SMS provider received for one phone number. */
public final class SmsInbox {

    private SmsInbox() {}

    /** The SendSms requests to this mainland number (the SDK sends it as +86…). */
    public static List<LoggedRequest> to(String phone) {
        return TestSmsServer.get()
                .findAll(postRequestedFor(urlEqualTo("/")).withRequestBody(containing("\"+86" + phone + "\"")));
    }

    /** Waits until at least {@code count} texts to this phone arrived (they are sent after commit, off-thread). */
    public static List<LoggedRequest> await(String phone, int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (to(phone).size() < count && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        return to(phone);
    }
}
