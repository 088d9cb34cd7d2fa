package al.childprotection.casework.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import al.childprotection.casework.matching.Particulars;
import al.childprotection.contracts.Sex;

/**
 * One child as one municipality knows it: the referrals from different stations about the same child meet here when
 * they reach that municipality's CPU. Another municipality keeps a record of its own (decision 10).
 */
@Entity
@Table(name = "child")
public class Child {

    @Id
    public UUID id;

    @Column(name = "given_name")
    public String givenName;

    @Column(name = "family_name")
    public String familyName;

    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;

    @Column(name = "estimated_age")
    public Integer estimatedAge;

    @Enumerated(EnumType.STRING)
    public Sex sex;

    /** Names without diacritics plus the date of birth; null when the date of birth is unknown. */
    @Column(name = "match_key")
    public String matchKey;

    /** The municipality whose cases show this record; no other municipality ever reads it. */
    public String municipality;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "personal_number")
    public String personalNumber;

    @Column(name = "mother_name")
    public String motherName;

    @Column(name = "father_name")
    public String fatherName;

    @Column(name = "date_of_birth_estimated")
    public boolean dateOfBirthEstimated;

    /** The date of birth, or one estimated from the estimated age: the matcher looks within a year of it. */
    @Column(name = "birth_date_for_matching")
    public LocalDate birthDateForMatching;

    /** The record this one was merged into, once a worker confirmed they are the same child. */
    @Column(name = "merged_into")
    public UUID mergedInto;

    public Particulars particulars() {
        return new Particulars(personalNumber, givenName, familyName, sex, birthDateForMatching, dateOfBirthEstimated,
                motherName, fatherName);
    }
}
