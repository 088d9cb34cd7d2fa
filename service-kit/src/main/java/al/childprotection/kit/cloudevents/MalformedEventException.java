package al.childprotection.kit.cloudevents;

/** The payload does not match its type: retrying will not help, the event goes to the dead-letter topic. */
public class MalformedEventException extends RuntimeException {
    public MalformedEventException(CloudEvent event, Throwable cause) {
        super("event " + event.id() + " of type " + event.type() + " has a malformed payload: " + cause.getMessage(),
                cause);
    }
}
