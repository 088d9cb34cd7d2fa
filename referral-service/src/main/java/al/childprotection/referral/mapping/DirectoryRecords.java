package al.childprotection.referral.mapping;

import java.time.Instant;

import al.childprotection.contracts.DirectoryAgencyChanged;
import al.childprotection.contracts.DirectoryMemberChanged;
import al.childprotection.contracts.DirectoryStationChanged;
import al.childprotection.contracts.DirectoryUnitChanged;
import al.childprotection.referral.domain.ChildProtectionUnit;
import al.childprotection.referral.domain.DirectoryMember;
import al.childprotection.referral.domain.PartnerAgency;
import al.childprotection.referral.domain.PoliceStation;

/** The directory's entries as the whole-state records of the directory topic, as they stand at {@code at}. */
public final class DirectoryRecords {

    private DirectoryRecords() {
    }

    public static DirectoryUnitChanged unit(ChildProtectionUnit unit, Instant at) {
        return new DirectoryUnitChanged(unit.code, unit.name, unit.municipality, unit.administrativeUnit, unit.active,
                at);
    }

    public static DirectoryStationChanged station(PoliceStation station, Instant at) {
        return new DirectoryStationChanged(station.code, station.name, station.municipality, station.active, at);
    }

    public static DirectoryAgencyChanged agency(PartnerAgency agency, Instant at) {
        return new DirectoryAgencyChanged(agency.code, agency.name, agency.kind, agency.municipality, agency.active,
                at);
    }

    /** {@code municipality}: of the member's CPU, null for shelter staff and SARPC analysts. */
    public static DirectoryMemberChanged member(DirectoryMember member, String municipality, Instant at) {
        return new DirectoryMemberChanged(member.username, member.displayName, member.role, member.cpuCode,
                municipality, member.shelterCode, member.language, member.email, member.active, at);
    }
}
