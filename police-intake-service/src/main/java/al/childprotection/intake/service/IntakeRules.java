package al.childprotection.intake.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import al.childprotection.contracts.Municipalities;
import al.childprotection.intake.domain.Consent;
import al.childprotection.intake.mapping.IntakeMapper;
import al.childprotection.intake.rest.IntakeRequest;
import al.childprotection.kit.problem.Problem.FieldError;

/**
 * What makes a well-formed intake unacceptable (422): an impossible date, an adult, a personal number or phone
 * that cannot be one, a best-interest referral without its legal basis, an over-long text. Bean
 * Validation on the request keeps only presence and format (400); everything about values is decided here, so the
 * team gets every offending field in one answer.
 */
public final class IntakeRules {

    /** Dates are judged as the station's calendar shows them. */
    public static final ZoneId ALBANIA = ZoneId.of("Europe/Tirane");
    public static final int ADULT_AGE = 18;
    public static final int NAME_MAX = 100;
    public static final int TEXT_MAX = 4000;
    public static final int LEGAL_BASIS_MAX = 1000;
    /** A language or a risk flag is a word or a short phrase, and a child has a few of them. */
    public static final int SHORT_TEXT_MAX = 60;
    public static final int LANGUAGES_MAX = 10;
    public static final int RISK_FLAGS_MAX = 20;
    /** The Albanian personal number (numri personal): a letter, 8 digits, a letter, e.g. J10101010A. */
    static final Pattern PERSONAL_NUMBER = Pattern.compile("[A-Z][0-9]{8}[A-Z]");
    /** Digits with the separators people type (+355 69 123 4567, 069-123-4567); 6 to 15 digits (E.164). */
    static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-]+");
    /** A phone whose clock runs a little fast must not lose the intake of a child who is with the team now. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private IntakeRules() {
    }

    public static List<FieldError> check(IntakeRequest request, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        IntakeRequest.Child child = request.child();
        LocalDate today = LocalDate.ofInstant(now, ALBANIA);
        LocalDate contactDay = LocalDate.ofInstant(request.contactAt(), ALBANIA);

        if (request.contactAt().isAfter(now.plus(CLOCK_SKEW))) {
            errors.add(new FieldError("contactAt", "is in the future"));
        }
        LocalDate born = child.dateOfBirth();
        if (born != null) {
            if (born.isAfter(today)) {
                errors.add(new FieldError("child.dateOfBirth", "is in the future"));
            } else if (born.isAfter(contactDay)) {
                errors.add(new FieldError("child.dateOfBirth", "is after the contact time"));
            } else if (Period.between(born, contactDay).getYears() >= ADULT_AGE) {
                errors.add(new FieldError("child.dateOfBirth", "the person was " + ADULT_AGE
                        + " or older at the contact; the platform is for children"));
            }
        }
        Integer estimatedAge = child.estimatedAge();
        if (estimatedAge != null && (estimatedAge < 0 || estimatedAge >= ADULT_AGE)) {
            errors.add(new FieldError("child.estimatedAge", "must be between 0 and " + (ADULT_AGE - 1)));
        }
        limit(errors, "child.givenName", child.givenName(), NAME_MAX);
        limit(errors, "child.familyName", child.familyName(), NAME_MAX);
        limit(errors, "child.nationality", child.nationality(), 60);
        shortTexts(errors, "child.languages", child.languages(), LANGUAGES_MAX);
        String personalNumber = IntakeMapper.personalNumber(child.personalNumber());
        if (personalNumber != null && !PERSONAL_NUMBER.matcher(personalNumber).matches()) {
            errors.add(new FieldError("child.personalNumber",
                    "is not an Albanian personal number: a letter, 8 digits and a letter, e.g. J10101010A"));
        }
        limit(errors, "child.residenceMunicipality", child.residenceMunicipality(), 80);
        if (!isBlank(child.residenceMunicipality())
                && Municipalities.canonical(child.residenceMunicipality()).isEmpty()) {
            errors.add(new FieldError("child.residenceMunicipality",
                    "is not one of Albania's 61 municipalities; leave it empty when the residence is unknown"));
        }
        limit(errors, "child.residenceUnit", child.residenceUnit(), 80);
        if (isBlank(child.residenceMunicipality()) && !isBlank(child.residenceUnit())) {
            errors.add(new FieldError("child.residenceUnit",
                    "an administrative unit needs its municipality; leave both empty when the residence is unknown"));
        }
        IntakeRequest.Guardian guardian = child.guardian();
        if (guardian != null) {
            limit(errors, "child.guardian.name", guardian.name(), 2 * NAME_MAX);
            limit(errors, "child.guardian.relationship", guardian.relationship(), SHORT_TEXT_MAX);
            phone(errors, "child.guardian.phone", guardian.phone());
        }
        limit(errors, "circumstances", request.circumstances(), TEXT_MAX);
        limit(errors, "psychosocialSupport", request.psychosocialSupport(), TEXT_MAX);
        limit(errors, "urgentNeeds", request.urgentNeeds(), TEXT_MAX);
        shortTexts(errors, "riskFlags", request.riskFlags(), RISK_FLAGS_MAX);
        if (request.consent() == Consent.BEST_INTEREST_OF_THE_CHILD && isBlank(request.legalBasis())) {
            errors.add(new FieldError("legalBasis",
                    "is required when the referral goes ahead in the child's best interest without consent"));
        }
        limit(errors, "legalBasis", request.legalBasis(), LEGAL_BASIS_MAX);
        return errors;
    }

    /** A list of words or short phrases: a few of them, none empty, none long. */
    private static void shortTexts(List<FieldError> errors, String field, List<String> values, int maxCount) {
        if (values == null) {
            return;
        }
        if (values.size() > maxCount) {
            errors.add(new FieldError(field, "has more than " + maxCount + " entries"));
        }
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (isBlank(value)) {
                errors.add(new FieldError(field + "[" + i + "]", "is empty"));
            } else {
                limit(errors, field + "[" + i + "]", value.strip(), SHORT_TEXT_MAX);
            }
        }
    }

    private static void phone(List<FieldError> errors, String field, String value) {
        if (isBlank(value)) {
            return;
        }
        String phone = value.strip();
        long digits = phone.chars().filter(Character::isDigit).count();
        if (!PHONE.matcher(phone).matches() || digits < 6 || digits > 15) {
            errors.add(new FieldError(field, "is not a phone number: 6 to 15 digits, e.g. +355 69 123 4567"));
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** Counted in characters as the team typed them (ë and ç are one each). */
    private static void limit(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            errors.add(new FieldError(field, "is longer than " + max + " characters"));
        }
    }
}
