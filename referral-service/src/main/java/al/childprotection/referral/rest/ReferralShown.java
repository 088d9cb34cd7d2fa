package al.childprotection.referral.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A referral as its reader is shown it: in full ({@link ReferralView}) to the CPU staff who act on it, pseudonymised
 * ({@link SarpcReferralView}) to SARPC (decision 11). Two records rather than one with fields left out, so that a
 * field added for the CPU never reaches SARPC unless somebody adds it to SARPC's record too.
 */
@Schema(oneOf = { ReferralView.class, SarpcReferralView.class })
public sealed interface ReferralShown permits ReferralView, SarpcReferralView {

    /** One step of the referral's timeline, shown the same way as the referral. */
    @Schema(oneOf = { ReferralView.Step.class, SarpcReferralView.Step.class })
    sealed interface Step permits ReferralView.Step, SarpcReferralView.Step {
    }
}
