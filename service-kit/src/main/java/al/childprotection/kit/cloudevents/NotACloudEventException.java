package al.childprotection.kit.cloudevents;

/** A record on an event topic without the CloudEvents attributes: it goes to the dead-letter topic. */
public class NotACloudEventException extends RuntimeException {
    public NotACloudEventException(String message) {
        super(message);
    }
}
