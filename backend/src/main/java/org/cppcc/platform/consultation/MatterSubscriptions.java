package org.cppcc.platform.consultation;

import java.util.Optional;

/**
 * Who agreed to be texted about a matter. The events carry no phone number; the notification module asks here,
 * per matter, when it tells a resident of a step.
 */
public interface MatterSubscriptions {

    /** The phone the resident gave and the tracking code, if they agreed to SMS updates when raising the matter. */
    Optional<SmsSubscriber> smsSubscriber(long matterId);

    record SmsSubscriber(String phone, String trackingCode) {}
}
