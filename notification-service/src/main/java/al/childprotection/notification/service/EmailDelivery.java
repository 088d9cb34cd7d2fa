package al.childprotection.notification.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import al.childprotection.notification.config.EmailConfig;
import al.childprotection.notification.domain.PendingEmail;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Sends the PENDING e-mails of committed notifications and marks each one SENT once the SMTP server accepted it.
 * E-mail is an outbox too: it is never sent inside the consuming transaction, so a redelivered event cannot send
 * it twice and a broken SMTP server cannot lose it (it stays PENDING and is retried). A crash between the SMTP
 * acceptance and the update sends that one e-mail again: at least once, never never. An e-mail refused
 * {@code platform.email.max-attempts} times is given up (FAILED, with the last error) and shows so in the inbox.
 */
@ApplicationScoped
public class EmailDelivery {

    private static final Logger LOG = Logger.getLogger(EmailDelivery.class);

    private final EmailQueue queue;
    private final ReactiveMailer mailer;
    private final EmailConfig config;

    EmailDelivery(EmailQueue queue, ReactiveMailer mailer, EmailConfig config) {
        this.queue = queue;
        this.mailer = mailer;
        this.config = config;
    }

    @Scheduled(every = "${platform.email.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> deliverPending() {
        return queue.pending(config.batchSize())
                .chain(batch -> Multi.createFrom().iterable(batch)
                        .onItem().transformToUniAndConcatenate(this::deliver)
                        .collect().last())
                .onFailure().invoke(e -> LOG.warnf("e-mail delivery will retry: %s", e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private Uni<Void> deliver(PendingEmail email) {
        return mailer.send(Mail.withText(email.to(), email.subject(), email.text()))
                .chain(() -> queue.markSent(email.notificationId()))
                .onFailure().call(e -> {
                    LOG.warnf("e-mail of notification %s to %s not sent, will retry: %s", email.notificationId(),
                            email.to(), e.getMessage());
                    return queue.countFailure(email.notificationId(), e.getMessage(), config.maxAttempts());
                })
                .onFailure().recoverWithNull();
    }
}
