package al.childprotection.referral.service;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import al.childprotection.referral.domain.DirectoryEdit;
import al.childprotection.referral.repository.DirectoryEditRepository;
import io.smallrye.mutiny.Uni;

/** Writes who changed what in the directory, before and after, in the transaction of the change. */
@ApplicationScoped
public class DirectoryEditLog {

    private final DirectoryEditRepository edits;
    private final ObjectMapper json;

    DirectoryEditLog(DirectoryEditRepository edits, ObjectMapper json) {
        this.edits = edits;
        this.json = json;
    }

    /** What an edit records of an entry: any entry of the directory can be switched off. */
    public interface Snapshot {
        boolean active();
    }

    /** Logs a change of an entry unless nothing changed; switching an entry off is a deactivation. */
    public Uni<Void> recordChange(String actor, DirectoryEdit.Kind entity, String code, Snapshot before,
            Snapshot after) {
        if (before.equals(after)) {
            return Uni.createFrom().voidItem();
        }
        DirectoryEdit.Action action = before.active() && !after.active()
                ? DirectoryEdit.Action.DEACTIVATED
                : DirectoryEdit.Action.UPDATED;
        return record(actor, entity, code, action, before, after).replaceWithVoid();
    }

    public Uni<DirectoryEdit> record(String actor, DirectoryEdit.Kind entity, String code, DirectoryEdit.Action action,
            Object before, Object after) {
        DirectoryEdit edit = new DirectoryEdit();
        edit.at = Instant.now();
        edit.actor = Objects.requireNonNull(actor);
        edit.entity = entity;
        edit.code = code;
        edit.action = action;
        edit.before = before == null ? null : write(before);
        edit.after = write(after);
        return edits.persist(edit);
    }

    /** A page of the log, newest first (see {@link DirectoryEditRepository#page}). */
    public Uni<List<DirectoryEdit>> page(String code, Long before, int fetch) {
        return edits.page(code, before, fetch);
    }

    private String write(Object snapshot) {
        try {
            return json.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a directory snapshot", e);
        }
    }
}
