package org.cppcc.platform.notification.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Tencent Cloud SMS adapter through the official SDK, against a local stand-in of the provider's HTTP API. */
class TencentSmsSenderTest {

    private WireMockServer provider;
    private TencentSmsSender sender;

    @BeforeEach
    void start() {
        provider = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        provider.start();
        sender = new TencentSmsSender(new SmsSettings(
                true,
                "AKIDtest",
                "secret",
                "ap-guangzhou",
                "127.0.0.1:" + provider.port(),
                false,
                "1400000001",
                "政协提案平台",
                20,
                Map.of()));
    }

    @AfterEach
    void stop() {
        provider.stop();
    }

    @Test
    void sendsTheTemplateAndReturnsTheSerialNumber() {
        answer("""
                {"Response":{"SendStatusSet":[{"SerialNo":"2433:123","PhoneNumber":"+8613900001111","Fee":1,\
                "SessionContext":"","Code":"Ok","Message":"send success","IsoCode":"CN"}],"RequestId":"r1"}}""");

        String serial = sender.send(new SmsSender.Message("13900001111", "200001", List.of("ABC123", "已受理")));

        assertThat(serial).isEqualTo("2433:123");
        provider.verify(postRequestedFor(urlEqualTo("/"))
                .withHeader("X-TC-Action", equalTo("SendSms"))
                .withHeader("X-TC-Version", equalTo("2021-01-11"))
                .withHeader("X-TC-Region", equalTo("ap-guangzhou"))
                .withRequestBody(equalToJson("""
                        {"PhoneNumberSet":["+8613900001111"],"SmsSdkAppId":"1400000001","TemplateId":"200001",\
                        "SignName":"政协提案平台","TemplateParamSet":["ABC123","已受理"]}""", true, true)));
        assertThat(provider.getAllServeEvents().get(0).getRequest().getHeader("Authorization"))
                .startsWith("TC3-HMAC-SHA256 Credential=AKIDtest/");
    }

    @Test
    void aRefusedNumberIsAnError() {
        answer("""
                {"Response":{"SendStatusSet":[{"SerialNo":"","PhoneNumber":"+8613900001111","Fee":0,\
                "SessionContext":"","Code":"LimitExceeded.PhoneNumberDailyLimit",\
                "Message":"daily limit of one number exceeded",\
                "IsoCode":"CN"}],"RequestId":"r2"}}""");

        assertThatThrownBy(() -> sender.send(new SmsSender.Message("13900001111", "200001", List.of("x"))))
                .isInstanceOf(SmsSender.SmsException.class)
                .satisfies(e -> assertThat(((SmsSender.SmsException) e).code())
                        .isEqualTo("LimitExceeded.PhoneNumberDailyLimit"));
    }

    @Test
    void anApiErrorIsAnError() {
        answer("""
                {"Response":{"Error":{"Code":"AuthFailure.SignatureFailure",\
                "Message":"The provided credentials could not be validated."},"RequestId":"r3"}}""");

        assertThatThrownBy(() -> sender.send(new SmsSender.Message("13900001111", "200001", List.of("x"))))
                .isInstanceOf(SmsSender.SmsException.class)
                .satisfies(
                        e -> assertThat(((SmsSender.SmsException) e).code()).isEqualTo("AuthFailure.SignatureFailure"));
    }

    @Test
    void anUnreachableProviderIsAnError() {
        provider.stop();

        assertThatThrownBy(() -> sender.send(new SmsSender.Message("13900001111", "200001", List.of("x"))))
                .isInstanceOf(SmsSender.SmsException.class);
    }

    private void answer(String json) {
        provider.stubFor(post(urlEqualTo("/"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(json)));
    }
}
