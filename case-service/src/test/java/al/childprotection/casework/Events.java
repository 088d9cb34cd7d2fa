package al.childprotection.casework;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.fasterxml.jackson.databind.JsonNode;

import al.childprotection.contracts.EventSchemas;

/** An event's data as JSON. */
final class Events {

    private Events() {
    }

    /**
     * Published by this run's case-service: its case is in this database. Another case-service on the shared broker
     * (a packaged one, another build's tests) takes the same referrals and publishes events of the same
     * correlation about cases of its own.
     */
    static boolean ours(ConsumerRecord<String, String> event) {
        return event.key() != null && event.key().length() == 36 && ((Number) Database.value(
                "select count(*) from protection_case where id = ?::uuid", event.key())).intValue() == 1;
    }

    static JsonNode data(ConsumerRecord<String, String> event) {
        try {
            return EventSchemas.mapper().readTree(event.value());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
