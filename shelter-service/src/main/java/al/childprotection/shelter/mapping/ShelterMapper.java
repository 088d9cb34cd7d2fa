package al.childprotection.shelter.mapping;

import al.childprotection.shelter.domain.Shelter;
import al.childprotection.shelter.rest.ShelterView;

public final class ShelterMapper {

    private ShelterMapper() {
    }

    public static ShelterView toView(Shelter shelter) {
        return new ShelterView(shelter.code, shelter.name, shelter.municipality, shelter.accepts, shelter.bedsTotal,
                shelter.bedsOccupied, shelter.bedsFree(), shelter.updatedAt);
    }
}
