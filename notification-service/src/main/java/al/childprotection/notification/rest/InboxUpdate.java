package al.childprotection.notification.rest;

/**
 * One message of the inbox's live stream: the unread count, and the notification that just arrived (none in the
 * first message, which gives the count at connection).
 */
public record InboxUpdate(long unread, NotificationView notification) {
}
