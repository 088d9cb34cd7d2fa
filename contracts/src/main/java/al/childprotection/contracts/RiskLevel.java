package al.childprotection.contracts;

public enum RiskLevel {
    LOW, MEDIUM, HIGH
}
