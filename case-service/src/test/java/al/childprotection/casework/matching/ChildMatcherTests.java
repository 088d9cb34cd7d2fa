package al.childprotection.casework.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import al.childprotection.casework.matching.ChildMatcher.Certainty;
import al.childprotection.contracts.Sex;

/** The matcher alone: true duplicates typed differently are found; different children are kept apart. */
class ChildMatcherTests {

    private static final LocalDate BORN = LocalDate.of(2013, 4, 2);

    @Test
    void theSameNamesWithoutAlbanianLettersCaseOrSpacesAndTheSameBirthDateAreSure() {
        assertThat(certainty(child("Elirë", "Çela", BORN), child("  ELIRE ", "cela", BORN))).isEqualTo(Certainty.SURE);
        assertThat(certainty(child("Ana-Maria", "Gjoka", BORN), child("ana  maria", "GJOKA", BORN)))
                .isEqualTo(Certainty.SURE);
    }

    @Test
    void transliteratedNamesAreProbableAndSureOnceAParentAgrees() {
        Particulars albanian = child("Xhesika", "Çeliku", BORN);
        Particulars transliterated = child("Jesika", "Cheliku", BORN);
        assertThat(certainty(albanian, transliterated)).isEqualTo(Certainty.PROBABLE);
        assertThat(certainty(withParents(albanian, "Dritë Çeliku", null),
                withParents(transliterated, "Drite Celiku", "Agron Celiku"))).isEqualTo(Certainty.SURE);
        assertThat(certainty(child("Gjergj", "Shehu", BORN), child("Jergj", "Sehu", BORN)))
                .isEqualTo(Certainty.PROBABLE);
    }

    @Test
    void aTypingSlipIsProbable() {
        assertThat(certainty(child("Ardit", "Hoxha", BORN, Sex.MALE), child("Ardit", "Hoxhaj", BORN, Sex.MALE)))
                .isEqualTo(Certainty.PROBABLE);
    }

    @Test
    void anEstimatedBirthDateWithinAYearIsProbableAndFartherIsNothing() {
        Particulars estimated = new Particulars(null, "Elire", "Cela", Sex.FEMALE, BORN.plusMonths(9), true, null,
                null);
        assertThat(certainty(child("Elirë", "Çela", BORN), estimated)).isEqualTo(Certainty.PROBABLE);
        Particulars tooFar = new Particulars(null, "Elire", "Cela", Sex.FEMALE, BORN.plusMonths(14), true, null, null);
        assertThat(certainty(child("Elirë", "Çela", BORN), tooFar)).isEqualTo(Certainty.NONE);
    }

    @Test
    void thePersonalNumberDecidesEitherWay() {
        Particulars a = new Particulars("J30402123A", "Elirë", "Çela", Sex.FEMALE, BORN, false, null, null);
        Particulars renamed = new Particulars("j30402123a", "Lira", "Hoxha", Sex.FEMALE, BORN.plusYears(3), false,
                null, null);
        assertThat(certainty(a, renamed)).isEqualTo(Certainty.SURE);
        Particulars other = new Particulars("J30402124B", "Elirë", "Çela", Sex.FEMALE, BORN, false, null, null);
        assertThat(certainty(a, other)).isEqualTo(Certainty.NONE);
    }

    @Test
    void differentChildrenWithSimilarNamesAreKeptApart() {
        // another exact date of birth
        assertThat(certainty(child("Elirë", "Çela", BORN), child("Elirë", "Çela", BORN.plusDays(40))))
                .isEqualTo(Certainty.NONE);
        // a sister with a near name, same day (twins)
        assertThat(certainty(child("Elira", "Çela", BORN), child("Elirë", "Çela", BORN))).isEqualTo(Certainty.NONE);
        assertThat(certainty(child("Arta", "Hoxha", BORN), child("Arba", "Hoxha", BORN))).isEqualTo(Certainty.NONE);
        // a brother
        assertThat(certainty(child("Ardit", "Hoxha", BORN, Sex.MALE), child("Ardita", "Hoxha", BORN)))
                .isEqualTo(Certainty.NONE);
        // same names and day, other parents
        assertThat(certainty(withParents(child("Ana", "Leka", BORN), "Mira Leka", null),
                withParents(child("Ana", "Leka", BORN), "Vera Leka", null))).isEqualTo(Certainty.NONE);
        // nothing to go on for the date
        assertThat(certainty(child("Ana", "Leka", null), child("Ana", "Leka", BORN))).isEqualTo(Certainty.NONE);
    }

    @Test
    void theVerdictSaysWhy() {
        assertThat(ChildMatcher.compare(child("Xhesika", "Çeliku", BORN), child("Jesika", "Cheliku", BORN)).reasons())
                .containsExactly("names that sound the same", "same date of birth");
    }

    private static Certainty certainty(Particulars a, Particulars b) {
        Certainty one = ChildMatcher.compare(a, b).certainty();
        assertThat(ChildMatcher.compare(b, a).certainty()).as("symmetric").isEqualTo(one);
        return one;
    }

    private static Particulars child(String given, String family, LocalDate born) {
        return child(given, family, born, Sex.FEMALE);
    }

    private static Particulars child(String given, String family, LocalDate born, Sex sex) {
        return new Particulars(null, given, family, sex, born, false, null, null);
    }

    private static Particulars withParents(Particulars p, String mother, String father) {
        return new Particulars(p.personalNumber(), p.givenName(), p.familyName(), p.sex(), p.dateOfBirth(),
                p.dateOfBirthEstimated(), mother, father);
    }
}
