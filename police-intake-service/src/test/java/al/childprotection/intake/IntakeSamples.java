package al.childprotection.intake;

/** Intake bodies as a police team's app would send them. */
final class IntakeSamples {

    private IntakeSamples() {
    }

    /** The same child, met by the team at another time. */
    static String metAt(String contactAt, String givenName, String municipality) {
        return childLivingIn(givenName, municipality).replace("2026-11-28T21:40:00Z", contactAt);
    }

    static String childLivingIn(String givenName, String municipality) {
        return """
                {
                  "contactAt": "2026-11-28T21:40:00Z",
                  "child": {
                    "givenName": "%s",
                    "familyName": "Çela",
                    "dateOfBirth": "2013-04-02",
                    "sex": "FEMALE",
                    "nationality": "Albanian",
                    "residenceMunicipality": "%s"
                  },
                  "legalStatus": "VICTIM",
                  "riskLevel": "MEDIUM",
                  "psychosocialSupport": "Calmed, interview with a psychologist present",
                  "urgentNeeds": "warm clothes"
                }
                """.formatted(givenName, municipality);
    }
}
