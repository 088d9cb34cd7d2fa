package al.childprotection.notification;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;

import al.childprotection.contracts.EventSchemas;
import al.childprotection.notification.rest.NotificationView;
import io.restassured.response.Response;

/** Reads the inbox's JSON into the service's own view records, times included. */
final class InboxJson {

    private InboxJson() {
    }

    static NotificationView notification(Response response) {
        return read(response.asString(), NotificationView.class);
    }

    static List<NotificationView> notifications(Response response) {
        return List.of(read(response.asString(), NotificationView[].class));
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return EventSchemas.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not a " + type.getSimpleName() + ": " + json, e);
        }
    }
}
