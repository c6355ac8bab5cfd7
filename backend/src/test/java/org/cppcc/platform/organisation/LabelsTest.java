package org.cppcc.platform.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.cppcc.platform.consultation.MatterState;
import org.cppcc.platform.proposal.ProposalState;
import org.cppcc.platform.proposal.ReplyClass;
import org.cppcc.platform.support.ApiClient;
import org.cppcc.platform.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The labels the screens show for codes come from one place: the enums, served by GET /api/organisation/labels. */
class LabelsTest extends IntegrationTest {

    /** Every enum whose codes the user interface shows, by the label type the front end asks for. */
    private static final Map<String, Class<? extends Enum<?>>> SHOWN = Map.of(
            "PROPOSAL_STATE", ProposalState.class,
            "REPLY_CLASS", ReplyClass.class,
            "MATTER_STATE", MatterState.class);

    @Test
    void everyCodeShownToUsersHasALabel() {
        JsonNode labels = signedIn().get("/api/organisation/labels").json();
        SHOWN.forEach((type, enumType) -> {
            List<String> codes =
                    Arrays.stream(enumType.getEnumConstants()).map(Enum::name).toList();
            List<String> served = labels.get(type).propertyNames().stream().toList();
            assertThat(served).as(type).containsExactlyElementsOf(codes);
            codes.forEach(code -> assertThat(labels.get(type).get(code).asString())
                    .as(type + "." + code)
                    .isNotBlank());
        });
    }

    @Test
    void replyClassesReadAsTheDomainSaysAndHaveNoSecondCopyInTheDictionary() {
        ApiClient api = signedIn();
        assertThat(api.get("/api/organisation/labels")
                        .json()
                        .get("REPLY_CLASS")
                        .get("C")
                        .asString())
                .isEqualTo("因条件限制暂不能解决，留作参考");
        assertThat(api.get("/api/organisation/dictionaries/REPLY_CLASS").json().size())
                .isZero();
    }

    private ApiClient signedIn() {
        ApiClient api = new ApiClient("http://localhost:" + port);
        assertThat(api.login("admin", DEMO_PASSWORD).status()).isEqualTo(200);
        return api;
    }
}
