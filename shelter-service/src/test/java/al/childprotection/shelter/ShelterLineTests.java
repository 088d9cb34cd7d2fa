package al.childprotection.shelter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import al.childprotection.shelter.domain.BedKind;
import al.childprotection.shelter.domain.Shelter;
import al.childprotection.shelter.domain.ShelterRoom;
import al.childprotection.shelter.service.ShelterBeds;
import al.childprotection.shelter.service.ShelterLine;
import al.childprotection.shelter.service.ShelterLine.Outcome;

/** Which shelter a request goes to, and which rooms it takes: one class, no application around it. */
class ShelterLineTests {

    private final ShelterBeds tirana = shelter("tirana", "Tiranë", 10,
            room("C1", BedKind.CHILD_ALONE, 2, 2), room("F1", BedKind.MOTHER_WITH_CHILDREN, 4, 0),
            room("F2", BedKind.MOTHER_WITH_CHILDREN, 3, 0));
    private final ShelterBeds durres = shelter("durres", "Durrës", 20,
            room("C1", BedKind.CHILD_ALONE, 3, 1));
    private final ShelterBeds lezha = shelter("lezha", "Lezhë", 30,
            room("C1", BedKind.CHILD_ALONE, 1, 0));
    private final List<ShelterBeds> inPassOnOrder = List.of(tirana, durres, lezha);

    @Test
    void theChildsOwnMunicipalityComesFirstThenThePassOnOrder() {
        assertThat(ShelterLine.forChildOf("Lezhë", inPassOnOrder).place(null, BedKind.CHILD_ALONE, 1, Set.of()))
                .isEqualTo(new Outcome("lezha", List.of()));
        assertThat(ShelterLine.forChildOf("Kamëz", inPassOnOrder).first()).isEqualTo("tirana");
    }

    @Test
    void aFullShelterPassesToTheNextWithRoomAndRoundToTheFirst() {
        ShelterLine line = ShelterLine.forChildOf("Tiranë", inPassOnOrder);
        assertThat(line.place(null, BedKind.CHILD_ALONE, 1, Set.of()))
                .isEqualTo(new Outcome("durres", List.of("tirana")));
        assertThat(line.place("lezha", BedKind.CHILD_ALONE, 1, Set.of("lezha")))
                .isEqualTo(new Outcome("durres", List.of("tirana")));
    }

    @Test
    void withNoRoomAnywhereTheRequestIsEscalated() {
        Outcome outcome = ShelterLine.forChildOf("Tiranë", inPassOnOrder)
                .place(null, BedKind.MOTHER_WITH_CHILDREN, 4, Set.of());
        assertThat(outcome.escalated()).isTrue();
        assertThat(outcome.full()).containsExactly("tirana", "durres", "lezha");
    }

    @Test
    void aMotherAndHerChildrenTakeTheSmallestFamilyRoomThatHoldsThemAll() {
        assertThat(tirana.roomFor(BedKind.MOTHER_WITH_CHILDREN, 2)).get().extracting(r -> r.room).isEqualTo("F2");
        assertThat(tirana.roomFor(BedKind.MOTHER_WITH_CHILDREN, 3)).get().extracting(r -> r.room).isEqualTo("F1");
        assertThat(tirana.roomFor(BedKind.MOTHER_WITH_CHILDREN, 3).orElseThrow()
                .bedsFor(BedKind.MOTHER_WITH_CHILDREN, 3)).isEqualTo(4);
        assertThat(tirana.roomFor(BedKind.CHILD_ALONE, 1)).isEmpty();
        assertThat(durres.roomFor(BedKind.MOTHER_WITH_CHILDREN, 1)).isEmpty();
    }

    private static ShelterBeds shelter(String code, String municipality, int order, ShelterRoom... rooms) {
        Shelter shelter = new Shelter();
        shelter.code = code;
        shelter.municipality = municipality;
        shelter.passOnOrder = order;
        for (ShelterRoom room : rooms) {
            room.shelterCode = code;
        }
        return new ShelterBeds(shelter, List.of(rooms));
    }

    private static ShelterRoom room(String name, BedKind kind, int beds, int occupied) {
        ShelterRoom room = new ShelterRoom();
        room.room = name;
        room.kind = kind;
        room.beds = beds;
        room.bedsOccupied = occupied;
        return room;
    }
}
