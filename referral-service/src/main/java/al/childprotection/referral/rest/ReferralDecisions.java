package al.childprotection.referral.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The bodies of the lifecycle steps that need a reason or an outcome. */
public final class ReferralDecisions {

    private ReferralDecisions() {
    }

    public record Rejection(@NotBlank @Size(max = 2000) String reason) {
    }

    public record Redirection(@NotBlank @Size(max = 80) String cpuCode, @NotBlank @Size(max = 2000) String reason) {
    }

    public record Revocation(@NotBlank @Size(max = 2000) String reason) {
    }

    /**
     * The child or guardian withdrew their consent: {@code by} who withdrew it, {@code legalBasis} the law under
     * which the referral goes on in the child's best interest (none: it is closed).
     */
    public record ConsentWithdrawal(@Size(max = 200) String by,
            @Size(max = 500) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String legalBasis,
            @NotBlank @Size(max = 2000) String reason) {
    }

    public record Closure(@NotBlank @Size(max = 2000) String outcome) {
    }
}
