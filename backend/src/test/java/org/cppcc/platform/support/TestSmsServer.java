package org.cppcc.platform.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * A local stand-in for Tencent Cloud SMS's HTTP API (WireMock, in process, on a free port of the loopback address)
 * for the whole test JVM. The application's {@code platform.notification.sms.*} point the provider's SDK at it (see
 * {@link IntegrationTest}), so texts really go through the SDK over HTTP; tests read what arrived.
 */
public final class TestSmsServer {

    private static WireMockServer server;

    private TestSmsServer() {}

    public static synchronized WireMockServer get() {
        if (server == null) {
            server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
            server.start();
            acceptEverything(server);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    /** What the real API answers to a SendSms it accepted, for one number. */
    public static void acceptEverything(WireMockServer server) {
        server.stubFor(post(urlEqualTo("/"))
                .withHeader("X-TC-Action", containing("SendSms"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("""
                                {"Response":{"SendStatusSet":[{"SerialNo":"2433:0000000000000000000",\
                                "PhoneNumber":"+8613800000000","Fee":1,"SessionContext":"","Code":"Ok",\
                                "Message":"send success","IsoCode":"CN"}],"RequestId":"test-request"}}""")));
    }

    public static String endpoint() {
        return "127.0.0.1:" + get().port();
    }
}
