package al.childprotection.shelter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import al.childprotection.shelter.domain.BedKind;
import al.childprotection.shelter.domain.KnownReferral;
import al.childprotection.shelter.domain.PlacementRequest;
import al.childprotection.shelter.domain.Shelter;
import al.childprotection.shelter.domain.ShelterRoom;
import al.childprotection.shelter.service.ShelterBeds;
import al.childprotection.shelter.service.StandingRequest;

/** Which open request for a referral stands for the child, so that the routing's adds none: no application around it. */
class StandingRequestTests {

    private final List<ShelterBeds> shelters = List.of(shelter(room(BedKind.CHILD_ALONE, 4, 4),
            room(BedKind.MOTHER_WITH_CHILDREN, 4, 4)));
    private final KnownReferral inDurres = referral("Durrës");

    @Test
    void anAdmissibleRequestForTheReferralsMunicipalityStandsEvenWhenTheShelterIsFullTonight() {
        PlacementRequest own = request("Durrës", BedKind.CHILD_ALONE, 1);
        PlacementRequest family = request("Durrës", BedKind.MOTHER_WITH_CHILDREN, 3);
        assertThat(StandingRequest.among(List.of(own), inDurres, shelters)).isSameAs(own);
        assertThat(StandingRequest.among(List.of(family), inDurres, shelters)).isSameAs(family);
    }

    @Test
    void aRequestStoredForAnotherMunicipalityOrLeftBehindByARedirectionDoesNotStand() {
        PlacementRequest elsewhere = request("Tiranë", BedKind.CHILD_ALONE, 1);
        assertThat(StandingRequest.among(List.of(elsewhere), inDurres, shelters)).isNull();
        PlacementRequest own = request("Durrës", BedKind.CHILD_ALONE, 1);
        assertThat(StandingRequest.among(List.of(elsewhere, own), inDurres, shelters)).isSameAs(own);
    }

    @Test
    void aFamilyLargerThanEveryFamilyRoomNeverStands() {
        PlacementRequest tooMany = request("Durrës", BedKind.MOTHER_WITH_CHILDREN, 4);
        assertThat(StandingRequest.among(List.of(tooMany), inDurres, shelters)).isNull();
        assertThat(StandingRequest.among(List.of(tooMany), null, shelters)).isNull();
    }

    private static PlacementRequest request(String municipality, BedKind kind, int children) {
        PlacementRequest request = new PlacementRequest();
        request.id = UUID.randomUUID();
        request.municipality = municipality;
        request.kind = kind;
        request.children = children;
        return request;
    }

    private static KnownReferral referral(String municipality) {
        KnownReferral referral = new KnownReferral();
        referral.referralId = UUID.randomUUID();
        referral.municipality = municipality;
        return referral;
    }

    private static ShelterBeds shelter(ShelterRoom... rooms) {
        Shelter shelter = new Shelter();
        shelter.code = "only";
        shelter.municipality = "Durrës";
        return new ShelterBeds(shelter, List.of(rooms));
    }

    private static ShelterRoom room(BedKind kind, int beds, int occupied) {
        ShelterRoom room = new ShelterRoom();
        room.kind = kind;
        room.beds = beds;
        room.bedsOccupied = occupied;
        return room;
    }
}
