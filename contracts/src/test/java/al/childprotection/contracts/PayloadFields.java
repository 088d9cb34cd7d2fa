package al.childprotection.contracts;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** What the payload records say about their fields: which may be null, and where a field sits in a payload tree. */
final class PayloadFields {

    /** The record fields that may be null, as {@code Record.field} (nested records by their own simple name). */
    static final Set<String> NULLABLE = Set.of(
            "ChildSummary.dateOfBirth",
            "ChildSummary.estimatedAge",
            "IntakeRecorded.residenceMunicipality",
            "IntakeRecorded.residenceUnit",
            "IntakeCorrected.residenceMunicipality",
            "IntakeCorrected.residenceUnit",
            "IntakeRecorded.consent",
            "IntakeRecorded.legalBasis",
            "ReferralCreated.stationCode",
            "ReferralCreated.consent",
            "ReferralCreated.legalBasis",
            "ReferralRedirected.intakeId",
            "ReferralRedirected.toCpuName",
            "ReferralRedirected.child",
            "ReferralRedirected.priority",
            "ReferralRedirected.riskLevel",
            "ReferralRedirected.situations",
            "ReferralConsentWithdrawn.legalBasis",
            "TaskEscalated.assignee",
            "TaskCancelled.assignee",
            "CaseStale.referralId",
            "CaseStale.worker",
            "PlacementRequested.referralId",
            "PlacementRequested.caseId",
            "PlacementRequested.cpuCode",
            "PlacementAdmitted.referralId",
            "PlacementAdmitted.caseId",
            "PlacementDischarged.referralId",
            "PlacementDischarged.caseId",
            "PlacementEscalated.referralId",
            "PlacementEscalated.caseId",
            "PlacementEscalated.cpuCode",
            "PlacementOverstayed.referralId",
            "PlacementOverstayed.caseId",
            "PlacementOverstayed.cpuCode",
            "DirectoryUnitChanged.administrativeUnit",
            "DirectoryMemberChanged.cpuCode",
            "DirectoryMemberChanged.municipality",
            "DirectoryMemberChanged.shelterCode",
            "DirectoryMemberChanged.email");

    private PayloadFields() {
    }

    /** The element type of a {@code List<...>} component; null when the component is not a parameterized List. */
    static Type listElementType(RecordComponent c) {
        if (c.getType() == List.class && c.getGenericType() instanceof ParameterizedType list) {
            return list.getActualTypeArguments()[0];
        }
        return null;
    }

    /** The object holding the last segment of a dotted path ({@code child.sex}: the child object). */
    static ObjectNode parentOf(ObjectNode tree, String path) {
        ObjectNode node = tree;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            node = (ObjectNode) node.get(parts[i]);
        }
        return node;
    }
}
