package al.childprotection.contracts;

public enum Sex {
    FEMALE, MALE, UNKNOWN
}
