package al.childprotection.kit.cloudevents;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * A CloudEvent 1.0 in Kafka binary mode: the attributes travel as {@code ce_*} headers, the JSON payload is the
 * record value. {@code correlationid} is an extension that carries the intake id through every hop.
 */
public record CloudEvent(
        String id,
        String type,
        String source,
        String subject,
        Instant time,
        String correlationId,
        String data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";

    public CloudEvent {
        Objects.requireNonNull(id, "ce_id");
        Objects.requireNonNull(type, "ce_type");
        Objects.requireNonNull(source, "ce_source");
    }

    public Headers toKafkaHeaders() {
        RecordHeaders headers = new RecordHeaders();
        add(headers, "ce_specversion", SPEC_VERSION);
        add(headers, "ce_id", id);
        add(headers, "ce_type", type);
        add(headers, "ce_source", source);
        add(headers, "ce_subject", subject);
        add(headers, "ce_time", time == null ? null : time.toString());
        add(headers, "ce_correlationid", correlationId);
        add(headers, "content-type", CONTENT_TYPE);
        return headers;
    }

    /** Reads a binary-mode CloudEvent; a record without the required attributes is not one and is rejected. */
    public static CloudEvent fromKafka(ConsumerRecord<String, String> record) {
        Headers headers = record.headers();
        String specVersion = header(headers, "ce_specversion");
        if (!SPEC_VERSION.equals(specVersion)) {
            throw new NotACloudEventException("ce_specversion is " + specVersion + ", expected " + SPEC_VERSION);
        }
        String id = header(headers, "ce_id");
        String type = header(headers, "ce_type");
        String source = header(headers, "ce_source");
        if (id == null || type == null || source == null) {
            throw new NotACloudEventException("ce_id, ce_type and ce_source are required");
        }
        String time = header(headers, "ce_time");
        return new CloudEvent(id, type, source, header(headers, "ce_subject"),
                time == null ? null : Instant.parse(time), header(headers, "ce_correlationid"), record.value());
    }

    private static void add(RecordHeaders headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
