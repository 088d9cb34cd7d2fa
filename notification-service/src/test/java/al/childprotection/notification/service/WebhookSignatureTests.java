package al.childprotection.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Signatures as the Standard Webhooks specification makes them, checked against its published test vector. */
class WebhookSignatureTests {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    @Test
    void signsLikeTheSpecificationsTestVector() {
        assertThat(WebhookSignature.sign(SECRET, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L,
                "{\"test\": 2432232314}")).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void anotherBodyIdOrTimeGivesAnotherSignature() {
        String signed = WebhookSignature.sign(SECRET, "msg_1", 1614265330L, "{}");
        assertThat(WebhookSignature.sign(SECRET, "msg_2", 1614265330L, "{}")).isNotEqualTo(signed);
        assertThat(WebhookSignature.sign(SECRET, "msg_1", 1614265331L, "{}")).isNotEqualTo(signed);
        assertThat(WebhookSignature.sign(SECRET, "msg_1", 1614265330L, "{ }")).isNotEqualTo(signed);
    }

    @Test
    void onlyAStandardSecretWithEnoughKeyIsAccepted() {
        assertThat(WebhookSignature.isWellFormed(SECRET)).isTrue();
        assertThat(WebhookSignature.isWellFormed("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")).isFalse();
        assertThat(WebhookSignature.isWellFormed("whsec_c2hvcnQ=")).as("5 bytes").isFalse();
        assertThat(WebhookSignature.isWellFormed("whsec_not base64 at all!")).isFalse();
        assertThat(WebhookSignature.isWellFormed(null)).isFalse();
    }
}
