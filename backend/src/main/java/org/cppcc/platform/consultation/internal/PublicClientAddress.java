package org.cppcc.platform.consultation.internal;

import java.util.regex.Pattern;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

/**
 * The client's address for rate limits: the connection's, or behind a reverse proxy the first address of
 * the header it is configured to trust ({@code platform.consultation.client-ip-header}).
 */
@Component
class PublicClientAddress {

    private static final Pattern ADDRESS = Pattern.compile("^[0-9A-Fa-f:.]{2,45}$");

    private final String header;

    PublicClientAddress(ConsultationSettings settings) {
        this.header = settings.clientIpHeader() == null
                ? ""
                : settings.clientIpHeader().strip();
    }

    String of(HttpServletRequest request) {
        if (!header.isEmpty()) {
            String value = request.getHeader(header);
            if (value != null) {
                String first = value.split(",")[0].strip();
                if (ADDRESS.matcher(first).matches()) {
                    return first;
                }
            }
        }
        return request.getRemoteAddr();
    }
}
