package al.childprotection.e2e;

/** The body of {@code POST /intakes} for a child at Kamza police station, as a psychosocial team fills it in. */
final class Intakes {

    private Intakes() {
    }

    /** A child living in {@code residence}, with no guardian or personal number given. */
    static String of(String givenName, String familyName, String residence) {
        return """
                {
                  "contactAt": "2026-11-28T21:40:00Z",
                  "child": {"givenName": "%s", "familyName": "%s", "dateOfBirth": "2012-05-17", "sex": "FEMALE",
                            "languages": ["sq"], "residenceMunicipality": "%s"},
                  "situations": ["VICTIM", "WITHOUT_PARENTAL_CARE"],
                  "safeguards": {"parentOrGuardianPresent": false, "lawyerPresent": true,
                                 "psychologistPresent": true, "childFriendlyRoomUsed": true},
                  "riskLevel": "MEDIUM",
                  "priority": "NORMAL",
                  "consent": "BEST_INTEREST_OF_THE_CHILD",
                  "legalBasis": "Law 18/2017 on the rights and protection of the child"
                }
                """.formatted(givenName, familyName, residence);
    }

    /** A child living in {@code residence}, referred with the consent of the child and the guardian. */
    static String withConsent(String givenName, String familyName, String residence) {
        String withoutConsent = of(givenName, familyName, residence);
        String body = withoutConsent.replace("""
                  "consent": "BEST_INTEREST_OF_THE_CHILD",
                  "legalBasis": "Law 18/2017 on the rights and protection of the child"
                """, """
                  "consent": "GIVEN_BY_CHILD_AND_GUARDIAN"
                """);
        if (body.equals(withoutConsent)) {
            throw new IllegalStateException("the intake body no longer names its consent as expected");
        }
        return body;
    }

    /** Every personal detail the form takes: the child's names and number, the guardian's name and phone. */
    static String withPersonalDetails(String givenName, String familyName, String personalNumber,
            String guardianName, String guardianPhone, String circumstances) {
        return """
                {
                  "contactAt": "2026-11-28T21:40:00Z",
                  "child": {"givenName": "%s", "familyName": "%s", "dateOfBirth": "2012-05-17", "sex": "MALE",
                            "nationality": "Albanian", "languages": ["sq"], "personalNumber": "%s",
                            "residenceMunicipality": "Tiranë",
                            "guardian": {"name": "%s", "relationship": "mother", "phone": "%s"}},
                  "situations": ["VICTIM"],
                  "circumstances": "%s",
                  "safeguards": {"parentOrGuardianPresent": true, "lawyerPresent": true,
                                 "psychologistPresent": true, "childFriendlyRoomUsed": true},
                  "psychosocialSupport": "Calmed; interview with a psychologist present",
                  "riskLevel": "HIGH",
                  "priority": "HIGH",
                  "consent": "BEST_INTEREST_OF_THE_CHILD",
                  "legalBasis": "Law 18/2017 on the rights and protection of the child"
                }
                """.formatted(givenName, familyName, personalNumber, guardianName, guardianPhone, circumstances);
    }
}
