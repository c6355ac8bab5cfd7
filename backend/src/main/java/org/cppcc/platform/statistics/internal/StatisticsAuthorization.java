package org.cppcc.platform.statistics.internal;

import static org.springframework.http.HttpMethod.GET;

import org.cppcc.platform.account.ModuleAuthorization;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The office and leaders read every figure; a handling unit reads the proposal figures of its own assignments
 * only (StatisticsBoard narrows the scope to the unit and refuses another unit's). The public board lives under
 * /api/public/statistics and is open to all. Each Excel export ({@code .../export}) is its screen's data: same rule.
 */
@Component
class StatisticsAuthorization implements ModuleAuthorization {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(
                        GET,
                        "/api/statistics/proposals",
                        "/api/statistics/proposals/list",
                        "/api/statistics/proposals/export",
                        "/api/statistics/proposals/list/export")
                .hasAnyRole("PROPOSAL_OFFICE", "LEADER", "HANDLING_UNIT")
                .requestMatchers(
                        GET,
                        "/api/statistics/matters",
                        "/api/statistics/matters/list",
                        "/api/statistics/matters/export",
                        "/api/statistics/matters/list/export",
                        "/api/statistics/opinions")
                .hasAnyRole("PROPOSAL_OFFICE", "LEADER");
    }
}
