package al.childprotection.intake;

/**
 * Intake bodies as a police team's app would send them: a girl brought to the Kamza station at night, a victim
 * without parental care, interviewed with a psychologist in the child-friendly room, referred in her best
 * interest because the adult at home is the one she fled.
 */
final class IntakeSamples {

    static final String PERSONAL_NUMBER = "L35402051F";
    static final String GUARDIAN_NAME = "Drane Çela";
    static final String GUARDIAN_PHONE = "+355 69 234 5678";
    static final String CIRCUMSTANCES = "Found by a patrol at 22:30 alone near the Kamëz roundabout; says she left "
            + "home after her uncle beat her. Bruise on the left arm.";
    static final String LEGAL_BASIS = "Ligji 18/2017 për të drejtat dhe mbrojtjen e fëmijës: the adult at home is "
            + "the alleged abuser";
    static final String RISK_FLAG = "violence at home";

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
                    "languages": ["Albanian", "Italian"],
                    "personalNumber": "%s",
                    "residenceMunicipality": "%s",
                    "guardian": {
                      "name": "%s",
                      "relationship": "grandmother",
                      "phone": "%s"
                    }
                  },
                  "situations": ["VICTIM", "WITHOUT_PARENTAL_CARE"],
                  "circumstances": "%s",
                  "safeguards": {
                    "parentOrGuardianPresent": false,
                    "lawyerPresent": false,
                    "psychologistPresent": true,
                    "childFriendlyRoomUsed": true
                  },
                  "psychosocialSupport": "Calmed, interview with a psychologist present",
                  "urgentNeeds": "warm clothes",
                  "riskFlags": ["%s", "out alone at night"],
                  "riskLevel": "MEDIUM",
                  "priority": "HIGH",
                  "consent": "BEST_INTEREST_OF_THE_CHILD",
                  "legalBasis": "%s"
                }
                """.formatted(givenName, PERSONAL_NUMBER, municipality, GUARDIAN_NAME, GUARDIAN_PHONE,
                CIRCUMSTANCES, RISK_FLAG, LEGAL_BASIS);
    }
}
