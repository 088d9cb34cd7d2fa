package al.childprotection.intake.domain;

/** Where the referral an intake led to stands, as referral-service announced it. */
public enum ReferralStatus {
    CREATED, ACKNOWLEDGED, ACCEPTED, REJECTED, REDIRECTED, CLOSED, REVOKED
}
