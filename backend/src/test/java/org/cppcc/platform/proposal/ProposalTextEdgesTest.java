package org.cppcc.platform.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cppcc.platform.proposal.ProposalFixtures.individualForm;
import static org.cppcc.platform.proposal.ProposalFixtures.title;

import java.util.Map;

import org.cppcc.platform.support.ApiClient;
import org.cppcc.platform.support.ApiClient.Response;
import org.cppcc.platform.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Text as a person counts and sees it, and JSON values taken as sent: the input edges an outside tester found
 * (docs/reliability.md). Every refusal is a 400 naming the field, and nothing is stored.
 */
class ProposalTextEdgesTest extends IntegrationTest {

    private static final String EMOJI = "\uD83D\uDE00"; // one character, two UTF-16 units

    private long drafts() {
        return count("proposal");
    }

    private void assertRefused(ApiClient member, Map<String, Object> form, String field) {
        long before = drafts();
        Response refused = member.post("/api/proposals", form);
        assertThat(refused.status()).as(form.get(field) + " in " + field).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(refused.fields()).containsExactly(field);
        assertThat(drafts()).isEqualTo(before);
    }

    @Test
    void textOfOnlyInvisibleCharactersIsBlank() {
        ApiClient member = loginAs("wy021");
        for (String invisible : new String[] {"\u200b", "\u00a0\u00a0", "\u3000", "\u200b\u200d\ufeff", "\u2800"}) {
            Map<String, Object> form = individualForm("x");
            form.put("title", invisible);
            assertRefused(member, form, "title");
        }
        Map<String, Object> visible = individualForm(title("\u00a0关于零宽字符的建议\u200b"));
        member.post("/api/proposals", visible).expectStatus(201);
    }

    @Test
    void sizesCountCharactersNotUtf16Units() {
        ApiClient member = loginAs("wy021");
        Map<String, Object> fifty = individualForm("x");
        fifty.put("title", EMOJI.repeat(50));
        Response accepted = member.post("/api/proposals", fifty);
        if ("mariadb".equals(System.getProperty("test.database"))) {
            // MySQL's VARCHAR(50) holds 50 characters, as the form's limit counts them.
            accepted.expectStatus(201);
        } else {
            // The embedded H2 counts UTF-16 units in its columns: the form's check passes, the column refuses,
            // and the answer is still a 400 naming the field, never a 500 (docs/reliability.md).
            assertThat(accepted.status()).isEqualTo(400);
            assertThat(accepted.fields()).containsExactly("title");
        }
        Map<String, Object> someEmoji = individualForm("x");
        someEmoji.put("title", EMOJI.repeat(15) + "关于表情符号标题的建议");
        member.post("/api/proposals", someEmoji).expectStatus(201);

        Map<String, Object> fiftyOne = individualForm("x");
        fiftyOne.put("title", EMOJI.repeat(51));
        assertRefused(member, fiftyOne, "title");
    }

    @Test
    void scalarsOfAnotherJsonTypeAreRefusedNotConverted() {
        ApiClient member = loginAs("wy021");
        Map<String, Object> numberAsYesNo = individualForm(title("关于类型转换甲的建议"));
        numberAsYesNo.put("plenary", 3);
        assertRefused(member, numberAsYesNo, "plenary");

        Map<String, Object> numberAsText = individualForm("x");
        numberAsText.put("title", 123);
        assertRefused(member, numberAsText, "title");

        Map<String, Object> yesNoAsText = individualForm("x");
        yesNoAsText.put("title", true);
        assertRefused(member, yesNoAsText, "title");

        Map<String, Object> textAsYesNo = individualForm(title("关于类型转换乙的建议"));
        textAsYesNo.put("consentPublish", "true");
        assertRefused(member, textAsYesNo, "consentPublish");
    }
}
