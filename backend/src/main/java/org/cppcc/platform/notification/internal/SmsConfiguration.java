package org.cppcc.platform.notification.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The SMS provider exists only when {@code platform.notification.sms.enabled} is true; otherwise no SMS goes out. */
@Configuration(proxyBeanMethods = false)
class SmsConfiguration {

    @Bean
    @ConditionalOnProperty(name = "platform.notification.sms.enabled", havingValue = "true")
    SmsSender tencentSmsSender(SmsSettings settings) {
        return new TencentSmsSender(settings);
    }
}
