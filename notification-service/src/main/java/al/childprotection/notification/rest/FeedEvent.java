package al.childprotection.notification.rest;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One feed entry as a ministry receives it: a CloudEvent 1.0 in structured mode, with the subscriber's cursor as
 * the {@code cursor} extension. Ids and cursors are the subscriber's own: the event id, the cursor and the child's
 * pseudonymous id differ from one ministry to the next. Times are coarsened (decision 12). Nothing else of the child
 * leaves: no name, number, address or free text.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeedEvent(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        Instant time,
        String datacontenttype,
        String cursor,
        Data data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String SOURCE = "/child-protection/feed";
    public static final String MEDIA_TYPE = "application/cloudevents+json";

    /** What happened, to which (pseudonymous) child, where and when. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Data(String eventType, Child child, String municipality, Instant occurredAt, Instant recordedAt) {
    }

    /** The child, as far as a ministry may know them. */
    public record Child(String id, String ageBand, String sex) {
    }
}
