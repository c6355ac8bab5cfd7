package org.cppcc.platform.notification.internal;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code platform.notification.sms.*}: the SMS channel, off unless {@code enabled}. The account's keys and the
 * SDK app id, signature and templates are the ones approved in the Tencent Cloud SMS console. {@code templates}
 * maps a notice category (PROPOSAL, HANDLING, … CONSULTATION), or {@code MATTER} for the updates to a resident
 * who raised a matter, to a template id and the values filling its parameters {1}, {2}, … in order: {@code title},
 * {@code body}, {@code link} of a notice; for MATTER also {@code code} (the tracking code), {@code matter} (its
 * title) and {@code step} (what just happened). A category without a template gets no SMS.
 */
@ConfigurationProperties("platform.notification.sms")
public record SmsSettings(
        @DefaultValue("false") boolean enabled,
        String secretId,
        String secretKey,
        @DefaultValue("ap-guangzhou") String region,
        @DefaultValue("sms.tencentcloudapi.com") String endpoint,
        @DefaultValue("true") boolean https,
        String sdkAppId,
        String signName,
        @DefaultValue("20") int paramMaxLength,
        Map<String, Template> templates) {

    public SmsSettings {
        templates = templates == null ? Map.of() : Map.copyOf(templates);
    }

    /** An approved template: its id at the provider and which values fill its parameters, in order. */
    public record Template(String id, List<String> params) {

        public Template {
            params = params == null ? List.of() : List.copyOf(params);
        }
    }
}
