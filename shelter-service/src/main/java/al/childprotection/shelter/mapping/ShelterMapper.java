package al.childprotection.shelter.mapping;

import java.util.Arrays;

import al.childprotection.shelter.domain.BedKind;
import al.childprotection.shelter.domain.Shelter;
import al.childprotection.shelter.rest.ShelterView;
import al.childprotection.shelter.service.ShelterBeds;

public final class ShelterMapper {

    private ShelterMapper() {
    }

    public static ShelterView toView(ShelterBeds beds) {
        Shelter shelter = beds.shelter();
        return new ShelterView(shelter.code, shelter.name, shelter.municipality, shelter.active, shelter.accepts,
                shelter.bedsTotal,
                shelter.bedsOccupied, shelter.bedsFree(), shelter.updatedAt,
                Arrays.stream(BedKind.values()).map(kind -> new ShelterView.Beds(kind, beds.capacity(kind),
                        beds.occupied(kind), beds.capacity(kind) - beds.occupied(kind))).toList());
    }
}
