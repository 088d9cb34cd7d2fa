package al.childprotection.kit.cloudevents;

/**
 * An event of a type this service's contracts do not know, such as a version newer than it reads: retrying will
 * not help, so it waits on the dead-letter topic until the service is upgraded and an administrator replays it.
 */
public class UnknownEventTypeException extends RuntimeException {
    public UnknownEventTypeException(CloudEvent event) {
        super("event " + event.id() + " has the unknown type " + event.type()
                + " (not in this service's contracts, perhaps a newer version)");
    }
}
