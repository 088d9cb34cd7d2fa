package al.childprotection.notification.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entry of a user's inbox, and the e-mail that announces it. Never holds a child's name. */
@Entity
@Table(name = "notification")
public class Notification {

    public enum Kind {
        /** A follow-up task was assigned to the recipient. */
        TASK_ASSIGNED,
        /** A follow-up task passed its due time: the assignee and the CPU's supervisors are told. */
        TASK_OVERDUE,
        /** A referral was not acknowledged in time and is escalated to the recipient (or past them, to SARPC). */
        REFERRAL_ESCALATED,
        /** Nobody can take a follow-up task: SARPC and the CPU's supervisors are told. */
        TASK_UNASSIGNED,
        /** A task's clock broke a second time: it goes to SARPC, and the CPU's supervisors learn of it. */
        TASK_ESCALATED,
        /** An open task will not be done: its assignee and the CPU's supervisors are told why. */
        TASK_CANCELLED,
        /** An open case had no activity for the stale window: the CPU's supervisors are told. */
        CASE_STALE,
        /** A referral moved to another CPU: the supervisors of both are told. */
        REFERRAL_REDIRECTED,
        /** The consent a referral was made with was withdrawn: the CPU's supervisors and its worker are told. */
        REFERRAL_CONSENT_WITHDRAWN,
        /** An emergency placement was requested: the shelter's staff are told. */
        PLACEMENT_REQUESTED,
        /** No shelter has a bed for a placement request: the CPU's supervisors and SARPC are told. */
        PLACEMENT_ESCALATED,
        /** A child stays in a shelter past the end of the stay: the shelter's staff and the CPU's supervisors. */
        PLACEMENT_OVERSTAYED
    }

    /**
     * PENDING until the mailer has accepted it (SENT), retried meanwhile; FAILED when the SMTP server refused it too
     * many times; NO_ADDRESS when the recipient has no known e-mail address.
     */
    public enum EmailStatus {
        PENDING, SENT, FAILED, NO_ADDRESS
    }

    @Id
    public UUID id;

    public String recipient;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public String title;

    public String body;

    @Column(name = "task_id")
    public UUID taskId;

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "referral_id")
    public UUID referralId;

    @Column(name = "correlation_id")
    public String correlationId;

    /** The CloudEvent this notice was made from, where known: one notice per recipient and event at most. */
    @Column(name = "event_id")
    public String eventId;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "email_status")
    public EmailStatus emailStatus;

    @Column(name = "email_sent_at")
    public Instant emailSentAt;

    @Column(name = "email_attempts")
    public int emailAttempts;

    /** Why the last attempt failed, while the e-mail is retried or once it is given up. */
    @Column(name = "email_error")
    public String emailError;

    public boolean isFor(String username) {
        return recipient.equals(username);
    }
}
