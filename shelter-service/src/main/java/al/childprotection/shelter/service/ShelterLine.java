package al.childprotection.shelter.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import al.childprotection.shelter.domain.BedKind;

/**
 * The shelters in the order a full shelter passes a request on: the shelters of the child's municipality first,
 * then the others, each group in its pass-on order; from the one asked for onward, and round to the first. The
 * first with room for the request takes it; those before it had none.
 */
public record ShelterLine(List<ShelterBeds> shelters) {

    /** @param inPassOnOrder every shelter, in pass-on order */
    public static ShelterLine forChildOf(String municipality, List<ShelterBeds> inPassOnOrder) {
        return new ShelterLine(inPassOnOrder.stream()
                .sorted(Comparator.comparing((ShelterBeds s) -> !s.shelter().municipality.equals(municipality)))
                .toList());
    }

    /** The shelter first in line. */
    public String first() {
        return shelters.get(0).shelter().code;
    }

    /** Where a request goes: {@code taker} is null when no shelter has room (the request is escalated). */
    public record Outcome(String taker, List<String> full) {
        public boolean escalated() {
            return taker == null;
        }
    }

    /**
     * @param from the shelter asked for first, or null for the first in line
     * @param tried shelters the request has already been passed on from; they are not asked again
     */
    public Outcome place(String from, BedKind kind, int children, Collection<String> tried) {
        int start = 0;
        for (int i = 0; i < shelters.size(); i++) {
            if (shelters.get(i).shelter().code.equals(from)) {
                start = i;
            }
        }
        List<String> full = new ArrayList<>();
        for (int i = 0; i < shelters.size(); i++) {
            ShelterBeds candidate = shelters.get((start + i) % shelters.size());
            String code = candidate.shelter().code;
            if (tried.contains(code)) {
                continue;
            }
            if (candidate.hasRoomFor(kind, children)) {
                return new Outcome(code, full);
            }
            full.add(code);
        }
        return new Outcome(null, full);
    }
}
