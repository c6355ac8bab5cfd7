package org.cppcc.platform.duty.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.cppcc.platform.duty.EntryKind;
import org.junit.jupiter.api.Test;

/** The points policy and the sign-in tokens, without the application. */
class PointsPolicyTest {

    private static final Map<EntryKind, PointsPolicy.Rule> RULES = Map.of(
            EntryKind.PROPOSAL_LED, new PointsPolicy.Rule(EntryKind.PROPOSAL_LED, 5, 25),
            EntryKind.INSPECTION, new PointsPolicy.Rule(EntryKind.INSPECTION, 3, null));

    @Test
    void eachKindIsCutAtItsCapAndCorrectionsReplaceTheRulesPoints() {
        PointsPolicy.Score score = PointsPolicy.score(
                List.of(
                        new PointsPolicy.Worth(EntryKind.PROPOSAL_LED, null, 6),
                        new PointsPolicy.Worth(EntryKind.INSPECTION, null, 2),
                        new PointsPolicy.Worth(EntryKind.INSPECTION, 10, 1),
                        new PointsPolicy.Worth(EntryKind.OTHER, null, 4)),
                RULES);
        assertThat(score.kinds())
                .extracting(k -> k.kind() + ":" + k.count() + ":" + k.rawPoints() + ":" + k.points())
                .containsExactly("PROPOSAL_LED:6:30:25", "INSPECTION:3:16:16", "OTHER:4:0:0");
        assertThat(score.total()).isEqualTo(41);
    }

    @Test
    void aRuleChangeRescoresTheSameEntries() {
        List<PointsPolicy.Worth> entries = List.of(new PointsPolicy.Worth(EntryKind.PROPOSAL_LED, null, 6));
        assertThat(PointsPolicy.score(entries, RULES).total()).isEqualTo(25);
        assertThat(PointsPolicy.score(
                                entries,
                                Map.of(EntryKind.PROPOSAL_LED, new PointsPolicy.Rule(EntryKind.PROPOSAL_LED, 4, null)))
                        .total())
                .isEqualTo(24);
    }

    @Test
    void aSignInTokenHoldsForItsActivityUntilItExpires() {
        String key = SignInTokens.newKey();
        Instant expiry = Instant.parse("2026-12-01T10:00:00Z");
        String token = SignInTokens.issue(key, 7, expiry);
        assertThat(SignInTokens.valid(key, token, 7, expiry.minusSeconds(60))).isTrue();
        assertThat(SignInTokens.valid(key, token, 7, expiry.plusSeconds(1))).isFalse();
        assertThat(SignInTokens.valid(key, token, 8, expiry.minusSeconds(60))).isFalse();
        assertThat(SignInTokens.valid(key, token.replace("7.", "8."), 8, expiry.minusSeconds(60)))
                .isFalse();
        // another activity's key (each activity draws its own, kept with it for every node)
        assertThat(SignInTokens.valid(SignInTokens.newKey(), token, 7, expiry.minusSeconds(60)))
                .isFalse();
        assertThat(SignInTokens.valid(key, "garbage", 7, expiry)).isFalse();
    }
}
