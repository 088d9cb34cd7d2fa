package al.childprotection.referral.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import al.childprotection.contracts.DirectoryAgencyChanged;
import al.childprotection.contracts.DirectoryMemberChanged;
import al.childprotection.contracts.DirectoryStationChanged;
import al.childprotection.contracts.DirectoryUnitChanged;
import al.childprotection.contracts.EventType;
import al.childprotection.kit.outbox.Outbox;
import al.childprotection.referral.domain.ChildProtectionUnit;
import al.childprotection.referral.domain.DirectoryMember;
import al.childprotection.referral.domain.PartnerAgency;
import al.childprotection.referral.domain.PoliceStation;
import al.childprotection.referral.mapping.DirectoryRecords;
import al.childprotection.referral.repository.ChildProtectionUnitRepository;
import al.childprotection.referral.repository.DirectoryMemberRepository;
import al.childprotection.referral.repository.DirectoryPublicationRepository;
import al.childprotection.referral.repository.PartnerAgencyRepository;
import al.childprotection.referral.repository.PoliceStationRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * The directory as state on its compacted topic (decision 19): an entry is published, whole, whenever its state
 * differs from what was last published of it, in the transaction of the change. An edit that changes nothing
 * publishes nothing; at start, every entry that differs (seeded, or edited before publication existed) is published.
 */
@ApplicationScoped
public class DirectoryPublication {

    /** An entry of the directory: its event type, its key on the topic and its state at a given time. */
    private record Entry(EventType type, String key, Function<Instant, Record> state) {
    }

    private final DirectoryPublicationRepository published;
    private final ChildProtectionUnitRepository units;
    private final PoliceStationRepository stations;
    private final PartnerAgencyRepository agencies;
    private final DirectoryMemberRepository members;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final Vertx vertx;

    DirectoryPublication(DirectoryPublicationRepository published, ChildProtectionUnitRepository units,
            PoliceStationRepository stations, PartnerAgencyRepository agencies, DirectoryMemberRepository members,
            Outbox outbox, ObjectMapper json, Vertx vertx) {
        this.published = published;
        this.units = units;
        this.stations = stations;
        this.agencies = agencies;
        this.members = members;
        this.outbox = outbox;
        this.json = json;
        this.vertx = vertx;
    }

    /** In the edit's transaction. */
    public Uni<Void> unitChanged(ChildProtectionUnit unit) {
        return publishIfChanged(unit(unit));
    }

    public Uni<Void> stationChanged(PoliceStation station) {
        return publishIfChanged(station(station));
    }

    public Uni<Void> agencyChanged(PartnerAgency agency) {
        return publishIfChanged(agency(agency));
    }

    public Uni<Void> memberChanged(DirectoryMember member) {
        Uni<String> municipality = member.cpuCode == null
                ? Uni.createFrom().nullItem()
                : units.findById(member.cpuCode).map(unit -> unit.municipality);
        return municipality.chain(name -> publishIfChanged(member(member, name)));
    }

    /**
     * Publishes every entry whose state differs from what was last published, and answers how many. Blocks: called
     * at start and by tests. Under an advisory lock, so that two instances starting together publish once.
     */
    public int publishChangedEntries() {
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        return Uni.createFrom().<Integer>emitter(emitter -> context.runOnContext(ignored -> Panache
                .withTransaction(() -> published.lockPublication().chain(this::entries).chain(this::publishChanged))
                .subscribe().with(emitter::complete, emitter::fail)))
                .await().atMost(Duration.ofMinutes(2));
    }

    private Uni<Integer> publishChanged(List<Entry> entries) {
        return published.digests().chain(digests -> {
            List<Entry> changed = entries.stream()
                    .filter(entry -> !digest(entry).equals(digests.get(entry.key())))
                    .toList();
            return Multi.createFrom().iterable(changed)
                    .onItem().transformToUniAndConcatenate(this::publish)
                    .collect().last()
                    .replaceWith(changed.size());
        });
    }

    private Uni<List<Entry>> entries() {
        List<Entry> entries = new ArrayList<>();
        return units.listAll().invoke(all -> all.forEach(unit -> entries.add(unit(unit))))
                .chain(all -> {
                    Map<String, String> municipalities = all.stream()
                            .collect(Collectors.toMap(unit -> unit.code, unit -> unit.municipality));
                    return stations.listAll().invoke(found -> found.forEach(s -> entries.add(station(s))))
                            .chain(() -> agencies.listAll())
                            .invoke(found -> found.forEach(agency -> entries.add(agency(agency))))
                            .chain(() -> members.listAll())
                            .invoke(found -> found.forEach(member -> entries.add(member(member,
                                    member.cpuCode == null ? null : municipalities.get(member.cpuCode)))));
                })
                .replaceWith(entries);
    }

    private Uni<Void> publishIfChanged(Entry entry) {
        return published.digest(entry.key())
                .chain(last -> digest(entry).equals(last) ? Uni.createFrom().voidItem() : publish(entry));
    }

    private Uni<Void> publish(Entry entry) {
        return outbox.append(entry.type(), entry.key(), entry.state().apply(Instant.now()), null)
                .chain(() -> published.record(entry.key(), digest(entry)));
    }

    /** The state without its time: the same state has the same digest whenever it is read. */
    private String digest(Entry entry) {
        try {
            byte[] state = json.writeValueAsBytes(entry.state().apply(null));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(state));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot digest directory entry " + entry.key(), e);
        }
    }

    private static Entry unit(ChildProtectionUnit unit) {
        DirectoryUnitChanged now = DirectoryRecords.unit(unit, null);
        return new Entry(EventType.DIRECTORY_UNIT_CHANGED, now.entryId(), at -> DirectoryRecords.unit(unit, at));
    }

    private static Entry station(PoliceStation station) {
        DirectoryStationChanged now = DirectoryRecords.station(station, null);
        return new Entry(EventType.DIRECTORY_STATION_CHANGED, now.entryId(),
                at -> DirectoryRecords.station(station, at));
    }

    private static Entry agency(PartnerAgency agency) {
        DirectoryAgencyChanged now = DirectoryRecords.agency(agency, null);
        return new Entry(EventType.DIRECTORY_AGENCY_CHANGED, now.entryId(), at -> DirectoryRecords.agency(agency, at));
    }

    private static Entry member(DirectoryMember member, String municipality) {
        DirectoryMemberChanged now = DirectoryRecords.member(member, municipality, null);
        return new Entry(EventType.DIRECTORY_MEMBER_CHANGED, now.entryId(),
                at -> DirectoryRecords.member(member, municipality, at));
    }
}
