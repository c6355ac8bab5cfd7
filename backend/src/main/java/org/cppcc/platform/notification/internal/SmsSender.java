package org.cppcc.platform.notification.internal;

import java.util.List;

/**
 * A text message provider. Providers in China send only pre-approved templates with a registered signature, so a
 * message is a template id and its parameters, not free text. {@link TencentSmsSender} is the one adapter; the
 * outbox depends on this interface only.
 */
interface SmsSender {

    /**
     * Sends one message and returns the provider's serial number for it.
     *
     * @throws SmsException when the provider refused it or could not be reached
     */
    String send(Message message);

    /** One message to one mainland mobile number (11 digits, without +86). */
    record Message(String phone, String templateId, List<String> params) {

        public Message {
            params = List.copyOf(params);
        }
    }

    /** The provider refused a message or could not be reached; {@code code} is the provider's. */
    class SmsException extends RuntimeException {

        private final String code;

        SmsException(String code, String message, Throwable cause) {
            super(code + ": " + message, cause);
            this.code = code;
        }

        String code() {
            return code;
        }
    }
}
