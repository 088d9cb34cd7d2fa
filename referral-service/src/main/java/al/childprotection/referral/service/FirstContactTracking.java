package al.childprotection.referral.service;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.contracts.TaskAssigned;
import al.childprotection.contracts.TaskCompleted;
import al.childprotection.referral.repository.ReferralRepository;
import io.smallrye.mutiny.Uni;

/**
 * The first-contact SLA as case-service sets it: the due time and assignee of the referral's FIRST_CONTACT task
 * are kept on the referral so that the referral shows them, and its completion ends the first-contact clock.
 * Other task kinds are not the referral's business.
 */
@ApplicationScoped
public class FirstContactTracking {

    public static final String FIRST_CONTACT = "FIRST_CONTACT";

    private final ReferralRepository referrals;

    FirstContactTracking(ReferralRepository referrals) {
        this.referrals = referrals;
    }

    /** Runs in the consuming transaction; a task for a referral this service does not know fails and is retried. */
    public Uni<Void> taskAssigned(TaskAssigned task) {
        if (!FIRST_CONTACT.equals(task.kind())) {
            return Uni.createFrom().voidItem();
        }
        return referrals.findById(task.referralId())
                .onItem().ifNull().failWith(() -> new IllegalStateException(
                        "no referral " + task.referralId() + " for first-contact task " + task.taskId()))
                .invoke(referral -> {
                    referral.firstContactDueAt = task.dueAt();
                    referral.firstContactAssignee = task.assignee();
                })
                .replaceWithVoid();
    }

    /** The first contact happened: the referral's first contact is no longer overdue. In the consuming transaction. */
    public Uni<Void> taskCompleted(TaskCompleted task) {
        if (!FIRST_CONTACT.equals(task.kind())) {
            return Uni.createFrom().voidItem();
        }
        return referrals.findById(task.referralId())
                .onItem().ifNull().failWith(() -> new IllegalStateException(
                        "no referral " + task.referralId() + " for completed first-contact task " + task.taskId()))
                .invoke(referral -> referral.firstContactDoneAt = task.completedAt())
                .replaceWithVoid();
    }
}
