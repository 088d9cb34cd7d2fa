package al.childprotection.notification.domain;

import java.util.UUID;

/** A notification's e-mail waiting for the mailer, with the address it goes to. */
public record PendingEmail(UUID notificationId, String to, String subject, String text) {
}
