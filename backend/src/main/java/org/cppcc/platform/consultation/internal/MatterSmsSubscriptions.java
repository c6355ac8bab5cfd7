package org.cppcc.platform.consultation.internal;

import java.util.Optional;

import org.cppcc.platform.consultation.MatterSubscriptions;
import org.springframework.stereotype.Service;

/** Reads the consent given on the raise form (consultation_matter.sms_consent_at). */
@Service
class MatterSmsSubscriptions implements MatterSubscriptions {

    private final ConsultationMapper mapper;

    MatterSmsSubscriptions(ConsultationMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Optional<SmsSubscriber> smsSubscriber(long matterId) {
        return Optional.ofNullable(mapper.smsSubscriber(matterId));
    }
}
