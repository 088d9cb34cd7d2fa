package al.childprotection.notification.rest;

import java.time.Instant;
import java.util.UUID;

import al.childprotection.notification.domain.Notification;

public record NotificationView(
        UUID id,
        String recipient,
        Notification.Kind kind,
        String title,
        String body,
        UUID taskId,
        UUID caseId,
        UUID referralId,
        Instant createdAt,
        Instant readAt,
        Notification.EmailStatus emailStatus) {
}
