package org.cppcc.platform.notification.internal;

import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import com.tencentcloudapi.sms.v20210111.SmsClient;
import com.tencentcloudapi.sms.v20210111.models.SendSmsRequest;
import com.tencentcloudapi.sms.v20210111.models.SendSmsResponse;
import com.tencentcloudapi.sms.v20210111.models.SendStatus;

/**
 * Tencent Cloud SMS (API 2021-01-11, {@code SendSms}) through its official SDK. The endpoint is a setting so that
 * the tests point the SDK at a local stand-in of the API.
 */
class TencentSmsSender implements SmsSender {

    private static final int TIMEOUT_SECONDS = 10;

    private final SmsClient client;
    private final String sdkAppId;
    private final String signName;

    TencentSmsSender(SmsSettings settings) {
        HttpProfile http = new HttpProfile();
        http.setEndpoint(settings.endpoint());
        http.setProtocol(settings.https() ? HttpProfile.REQ_HTTPS : HttpProfile.REQ_HTTP);
        http.setConnTimeout(TIMEOUT_SECONDS);
        http.setReadTimeout(TIMEOUT_SECONDS);
        http.setWriteTimeout(TIMEOUT_SECONDS);
        ClientProfile profile = new ClientProfile();
        profile.setHttpProfile(http);
        this.client =
                new SmsClient(new Credential(settings.secretId(), settings.secretKey()), settings.region(), profile);
        this.sdkAppId = settings.sdkAppId();
        this.signName = settings.signName();
    }

    @Override
    public String send(Message message) {
        SendSmsRequest request = new SendSmsRequest();
        request.setSmsSdkAppId(sdkAppId);
        request.setSignName(signName);
        request.setTemplateId(message.templateId());
        request.setTemplateParamSet(message.params().toArray(String[]::new));
        request.setPhoneNumberSet(new String[] {"+86" + message.phone()});
        SendSmsResponse response;
        try {
            response = client.SendSms(request);
        } catch (TencentCloudSDKException e) {
            String code = e.getErrorCode() == null || e.getErrorCode().isEmpty() ? "NoResponse" : e.getErrorCode();
            throw new SmsException(code, e.getMessage(), e);
        }
        SendStatus[] statuses = response.getSendStatusSet();
        if (statuses == null || statuses.length == 0) {
            throw new SmsException("NoStatus", "no send status, request " + response.getRequestId(), null);
        }
        // One number per request, so one status; "Ok" is the provider's spelling of success.
        SendStatus status = statuses[0];
        if (!"Ok".equalsIgnoreCase(status.getCode())) {
            throw new SmsException(status.getCode(), status.getMessage(), null);
        }
        return status.getSerialNo();
    }
}
