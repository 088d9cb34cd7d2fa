package al.childprotection.intake.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import al.childprotection.intake.domain.ReferralStatus;
import al.childprotection.intake.repository.IntakeQuery;
import al.childprotection.intake.service.IntakeRules;
import al.childprotection.kit.problem.RequestRejectedException;

/**
 * The filters of a station's intake list as the query string gives them; a value that does not read is a 400
 * naming it. Parsed here, not by JAX-RS: a query parameter it cannot convert becomes a 404, which would mislead.
 */
final class IntakeFilters {

    private IntakeFilters() {
    }

    /** {@code from}/{@code to}: whole days of contact in Albania, both included. */
    static IntakeQuery of(String stationCode, List<String> referralStatus, String from, String to) {
        LocalDate first = day("from", from);
        LocalDate last = day("to", to);
        if (first != null && last != null && first.isAfter(last)) {
            throw RequestRejectedException.invalid("from", "from " + first + " is after to " + last);
        }
        return new IntakeQuery(stationCode, statuses(referralStatus), startOf(first),
                last == null ? null : startOf(last.plusDays(1)));
    }

    /** The referral statuses named, or null (every intake, with or without a referral yet) when none is. */
    private static List<ReferralStatus> statuses(List<String> named) {
        if (named == null || named.isEmpty()) {
            return null;
        }
        List<ReferralStatus> statuses = new ArrayList<>();
        for (String name : named) {
            try {
                statuses.add(ReferralStatus.valueOf(name.strip()));
            } catch (IllegalArgumentException e) {
                throw RequestRejectedException.notOneOf("referralStatus", ReferralStatus.values());
            }
        }
        return statuses;
    }

    private static LocalDate day(String parameter, String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw RequestRejectedException.invalid(parameter, parameter + " must be an ISO date such as 2026-11-28");
        }
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(IntakeRules.ALBANIA).toInstant();
    }
}
