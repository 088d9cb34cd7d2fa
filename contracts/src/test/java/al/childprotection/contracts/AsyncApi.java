package al.childprotection.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** The AsyncAPI document, read as its tests ask about it: channels by address, operations, their messages. */
final class AsyncApi {

    /** One operation: its id, action, channel id, tag (the service performing it) and message names. */
    record Operation(String id, String action, String channel, String service, List<String> messages,
            JsonNode node) {
    }

    final JsonNode doc;

    private AsyncApi(JsonNode doc) {
        this.doc = doc;
    }

    static AsyncApi read() throws IOException {
        return new AsyncApi(ContractFiles.asyncApi());
    }

    /** Channel id by the Kafka topic it is on; channels with no address (the HTTP push) are left out. */
    Map<String, String> kafkaChannelsByAddress() {
        Map<String, String> channels = new LinkedHashMap<>();
        doc.path("channels").fields().forEachRemaining(e -> {
            if (isKafka(e.getKey())) {
                String earlier = channels.put(e.getValue().path("address").asText(), e.getKey());
                assertThat(earlier).as("a second channel on %s", e.getValue().path("address").asText()).isNull();
            }
        });
        return channels;
    }

    boolean isKafka(String channel) {
        JsonNode servers = doc.path("channels").path(channel).path("servers");
        return servers.size() == 1 && servers.get(0).path("$ref").asText().equals("#/servers/kafka");
    }

    String address(String channel) {
        return doc.path("channels").path(channel).path("address").asText();
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        doc.path("operations").fields().forEachRemaining(e -> {
            JsonNode op = e.getValue();
            String channelRef = op.at("/channel/$ref").asText();
            assertThat(channelRef).as("channel of %s", e.getKey()).startsWith("#/channels/");
            assertThat(op.path("tags")).as("tags of %s: the service that performs it", e.getKey()).hasSize(1);
            List<String> messages = new ArrayList<>();
            op.path("messages").forEach(m -> messages.add(message(m.path("$ref").asText()).path("name").asText()));
            operations.add(new Operation(e.getKey(), op.path("action").asText(),
                    channelRef.substring("#/channels/".length()), op.at("/tags/0/name").asText(), messages, op));
        });
        return operations;
    }

    /** The components message a reference leads to, through the channel's message if it goes by one. */
    JsonNode message(String ref) {
        JsonNode node = at(ref);
        return node.has("$ref") ? message(node.path("$ref").asText()) : node;
    }

    JsonNode at(String ref) {
        assertThat(ref).startsWith("#/");
        JsonNode node = doc.at(ref.substring(1));
        assertThat(node.isMissingNode()).as("target of %s", ref).isFalse();
        return node;
    }

    /** The names of the messages a channel carries. */
    List<String> messagesOf(String channel) {
        List<String> names = new ArrayList<>();
        doc.path("channels").path(channel).path("messages")
                .forEach(m -> names.add(message(m.path("$ref").asText()).path("name").asText()));
        return names;
    }
}
