package org.cppcc.platform.account.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The first administrator's password is checked with the platform's own policy before anything opens. */
class AdminBootstrapTest {

    @Test
    void aMissingPasswordSaysWhichVariableToSet() {
        assertThatThrownBy(() -> AdminBootstrap.check(""))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PLATFORM_ADMIN_PASSWORD is not set");
        assertThatThrownBy(() -> AdminBootstrap.check(null)).hasMessageContaining("is not set");
    }

    @Test
    void aWeakPasswordIsRefusedWithTheRule() {
        for (String weak : new String[] {"short1", "onlyletters", "12345678", "myadmin2026"}) {
            assertThatThrownBy(() -> AdminBootstrap.check(weak))
                    .as(weak)
                    .hasMessageContaining("too weak")
                    .hasMessageContaining("letters and digits");
        }
    }

    @Test
    void aStrongPasswordPasses() {
        assertThatCode(() -> AdminBootstrap.check("GoLive2026x")).doesNotThrowAnyException();
    }
}
