package al.childprotection.referral.service;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.contracts.TaskAssigned;
import al.childprotection.contracts.TaskUnassigned;
import al.childprotection.referral.repository.ReferralRepository;
import io.smallrye.mutiny.Uni;

/**
 * A task of the referral that nobody in its CPU could take shows on the referral, from when it was left unassigned
 * until that task is assigned. The latest such task is the one shown.
 */
@ApplicationScoped
public class UnassignedTasks {

    private final ReferralRepository referrals;

    UnassignedTasks(ReferralRepository referrals) {
        this.referrals = referrals;
    }

    /** Runs in the consuming transaction; a task for a referral this service does not know fails and is retried. */
    public Uni<Void> taskUnassigned(TaskUnassigned task) {
        return referrals.findById(task.referralId())
                .onItem().ifNull().failWith(() -> new IllegalStateException(
                        "no referral " + task.referralId() + " for unassigned task " + task.taskId()))
                .invoke(referral -> {
                    if (!task.taskId().equals(referral.unassignedTaskId)) {
                        referral.unassignedTaskId = task.taskId();
                        referral.unassignedSince = task.at();
                    }
                })
                .replaceWithVoid();
    }

    /** The task shown as unassigned found somebody: the referral no longer shows it. In the consuming transaction. */
    public Uni<Void> taskAssigned(TaskAssigned task) {
        return referrals.findById(task.referralId())
                .invoke(referral -> {
                    if (referral != null && task.taskId().equals(referral.unassignedTaskId)) {
                        referral.unassignedTaskId = null;
                        referral.unassignedSince = null;
                    }
                })
                .replaceWithVoid();
    }
}
