package al.childprotection.referral.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * At start the directory topic is made compacted and every entry that changed since it was last published is
 * published, so that a fresh topic receives the whole directory without a hand step (decision 19).
 */
@ApplicationScoped
class DirectoryStartup {

    private static final Logger LOG = Logger.getLogger(DirectoryStartup.class);

    private final DirectoryTopic topic;
    private final DirectoryPublication publication;

    DirectoryStartup(DirectoryTopic topic, DirectoryPublication publication) {
        this.topic = topic;
        this.publication = publication;
    }

    void publish(@Observes StartupEvent started) {
        topic.ensureCompacted();
        int published = publication.publishChangedEntries();
        LOG.infof("directory: %d changed entries published", published);
    }
}
