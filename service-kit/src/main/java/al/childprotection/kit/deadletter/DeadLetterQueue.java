package al.childprotection.kit.deadletter;

import java.util.List;

/** The dead-letter topic of one consuming channel: how many letters wait for a replay, and the first of them. */
public record DeadLetterQueue(String topic, String channel, String sourceTopic, long depth, List<DeadLetter> letters) {
}
