package al.childprotection.notification.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import al.childprotection.notification.domain.Recipient;
import al.childprotection.notification.mapping.WorkNotice.Addressee;
import al.childprotection.notification.mapping.WorkNotice.Audience;
import al.childprotection.notification.repository.RecipientRepository;
import io.smallrye.mutiny.Uni;

/**
 * The people who hear of one event, gathered one query after the other (a reactive session runs one at a time).
 * Somebody found twice keeps the first reason they were found for: one notice per person.
 */
final class Hearers {

    private final Map<String, Addressee> addressees = new LinkedHashMap<>();

    private Hearers() {
    }

    static Hearers start() {
        return new Hearers();
    }

    Uni<Hearers> supervisors(RecipientRepository recipients, String cpuCode, Audience audience) {
        return cpuCode == null ? Uni.createFrom().item(this)
                : recipients.supervisorsOf(cpuCode).map(found -> add(found, audience));
    }

    Uni<Hearers> sarpc(RecipientRepository recipients) {
        return recipients.atSarpc().map(found -> add(found, Audience.SARPC));
    }

    Uni<Hearers> sarpcInstead(RecipientRepository recipients) {
        return recipients.atSarpc().map(found -> add(found, Audience.SARPC_INSTEAD));
    }

    Uni<Hearers> shelterStaff(RecipientRepository recipients, String shelterCode) {
        return recipients.staffOf(shelterCode).map(found -> add(found, Audience.SHELTER_STAFF));
    }

    /** The person named, if the directory knows them. */
    Uni<Hearers> person(RecipientRepository recipients, String username) {
        return username == null || username.isBlank() ? Uni.createFrom().item(this)
                : recipients.findById(username).map(found -> found == null ? this
                        : add(List.of(found), Audience.ASSIGNEE));
    }

    Uni<Hearers> people(RecipientRepository recipients, List<String> usernames) {
        Uni<Hearers> all = Uni.createFrom().item(this);
        for (String username : usernames) {
            all = all.chain(hearers -> hearers.person(recipients, username));
        }
        return all;
    }

    boolean isEmpty() {
        return addressees.isEmpty();
    }

    List<Addressee> addressees() {
        return new ArrayList<>(addressees.values());
    }

    private Hearers add(List<Recipient> recipients, Audience audience) {
        recipients.forEach(r -> addressees.putIfAbsent(r.username, new Addressee(r, audience)));
        return this;
    }
}
