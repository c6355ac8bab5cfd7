package org.cppcc.platform.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.cppcc.platform.consultation.events.MatterEvent;
import org.cppcc.platform.support.SmsInbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A resident who ticks "SMS updates" on the public raise form is texted once per step of their matter, at the phone
 * they gave, through the provider's SDK (against the local stand-in of its API); one who does not is never texted;
 * a step delivered twice is texted once.
 */
class MatterSmsUpdatesTest extends ConsultationTestBase {

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aResidentWhoAgreedIsTextedOncePerStep() throws Exception {
        String phone = newPhone();
        Map<String, Object> form = matterForm(workstationId(QINGSHI), "路灯不亮请求维修", phone);
        form.put("smsUpdates", true);
        JsonNode raised = visitor()
                .post("/api/public/consultation/matters", form)
                .expectStatus(201)
                .json();
        long matterId = raised.get("id").asLong();
        String code = raised.get("trackingCode").asString();
        awaitEvents();

        List<LoggedRequest> receipt = SmsInbox.await(phone, 1);
        assertThat(receipt).hasSize(1);
        String body = receipt.get(0).getBodyAsString();
        assertThat(body).contains("\"TemplateId\":\"100001\"", "\"SmsSdkAppId\":\"1400000000\"", code, "已收到");
        assertThat(receipt.get(0).getHeader("Authorization")).startsWith("TC3-HMAC-SHA256");

        // The same step delivered again (a resubmitted publication) texts nobody again.
        MatterEvent.Raised again = events.ofMatter(matterId).stream()
                .filter(MatterEvent.Raised.class::isInstance)
                .map(MatterEvent.Raised.class::cast)
                .findFirst()
                .orElseThrow();
        transaction.executeWithoutResult(s -> publisher.publishEvent(again));
        awaitEvents();

        toDeliberating(matterId, staff("lly01"));
        awaitEvents();
        List<LoggedRequest> texts = SmsInbox.await(phone, 2);
        Thread.sleep(500); // a duplicate would arrive within this too
        assertThat(SmsInbox.to(phone)).hasSize(2);
        assertThat(texts.stream().map(LoggedRequest::getBodyAsString)).anyMatch(b -> b.contains("已受理，将提交协商"));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM notification_sms WHERE phone = ? AND status = 'SENT'", Long.class, phone))
                .isEqualTo(2L);
    }

    @Test
    void aResidentWhoDidNotAgreeIsNeverTexted() throws Exception {
        String phone = newPhone();
        long matterId = raise(QINGSHI, "没有勾选短信", phone).get("id").asLong();
        awaitEvents();
        toDeliberating(matterId, staff("lly01"));
        awaitEvents();
        Thread.sleep(500);
        assertThat(SmsInbox.to(phone)).isEmpty();
        assertThat(jdbc.queryForObject(
                        "SELECT sms_consent_at IS NULL FROM consultation_matter WHERE id = ?", Boolean.class, matterId))
                .isTrue();
    }
}
