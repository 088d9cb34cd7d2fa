package al.childprotection.referral.rest;

import jakarta.validation.constraints.NotBlank;
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

    public record Closure(@NotBlank @Size(max = 2000) String outcome) {
    }
}
