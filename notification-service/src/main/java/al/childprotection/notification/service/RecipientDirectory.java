package al.childprotection.notification.service;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.contracts.DirectoryMemberChanged;
import al.childprotection.contracts.StaffRole;
import al.childprotection.notification.domain.Recipient;
import al.childprotection.notification.repository.RecipientRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * The recipients, kept from the directory's members (decision 19): each entry is the member's whole state, applied
 * when it is not older than the one held. Applying an entry twice, or reading the topic again from the start,
 * leaves the same rows.
 */
@ApplicationScoped
public class RecipientDirectory {

    private final RecipientRepository recipients;

    RecipientDirectory(RecipientRepository recipients) {
        this.recipients = recipients;
    }

    @WithTransaction
    public Uni<Void> apply(DirectoryMemberChanged member) {
        requireComplete(member);
        return recipients.findById(member.username()).chain(held -> {
            if (held == null) {
                return recipients.persist(Recipient.of(member)).replaceWithVoid();
            }
            if (!held.isOlderThanHeld(member)) {
                held.take(member);
            }
            return Uni.createFrom().voidItem();
        });
    }

    /** An entry that can never become a recipient is not retried: it goes to the dead-letter topic at once. */
    private static void requireComplete(DirectoryMemberChanged member) {
        if (member.username() == null || member.username().isBlank() || member.role() == null
                || member.changedAt() == null) {
            throw new IllegalArgumentException("directory member without username, role or changedAt: " + member);
        }
        boolean cpuStaff = member.role() == StaffRole.CPU_WORKER || member.role() == StaffRole.CPU_SUPERVISOR;
        if (cpuStaff && (member.cpuCode() == null || member.cpuCode().isBlank())) {
            throw new IllegalArgumentException("CPU member " + member.username() + " without cpuCode");
        }
    }
}
