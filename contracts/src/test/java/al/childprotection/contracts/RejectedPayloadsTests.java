package al.childprotection.contracts;

import static al.childprotection.contracts.ContractFiles.violations;
import static al.childprotection.contracts.ContractFiles.violationsBesidesNull;
import static al.childprotection.contracts.EventSamples.sampleTree;
import static al.childprotection.contracts.PayloadFields.NULLABLE;
import static al.childprotection.contracts.PayloadFields.listElementType;
import static al.childprotection.contracts.PayloadFields.parentOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A payload that breaks its schema is rejected, naming the field: missing, null, extra, out of its list, malformed. */
class RejectedPayloadsTests {

    /** Every required field of every type, nested ChildSummary fields included, as (type, JSON path). */
    static Stream<Arguments> requiredFields() throws IOException {
        List<Arguments> all = new ArrayList<>();
        for (EventType type : EventType.values()) {
            for (String path : requiredPaths(type.payload(), "")) {
                all.add(Arguments.of(type, path));
            }
        }
        return all.stream();
    }

    private static List<String> requiredPaths(Class<?> record, String prefix) {
        List<String> paths = new ArrayList<>();
        for (RecordComponent c : record.getRecordComponents()) {
            if (!NULLABLE.contains(record.getSimpleName() + "." + c.getName())) {
                paths.add(prefix + c.getName());
            }
            if (c.getType().isRecord()) {
                paths.addAll(requiredPaths(c.getType(), prefix + c.getName() + "."));
            }
        }
        return paths;
    }

    @ParameterizedTest(name = "{0} without {1}")
    @MethodSource("requiredFields")
    void aPayloadWithoutARequiredFieldIsRejectedNamingTheField(EventType type, String path) {
        ObjectNode tree = sampleTree(type);
        String field = path.substring(path.lastIndexOf('.') + 1);
        parentOf(tree, path).remove(field);

        List<String> violations = violations(type, tree);
        assertThat(violations).isNotEmpty();
        assertThat(violations).anySatisfy(v -> assertThat(v).contains("'" + field + "'").contains("required"));
    }

    @ParameterizedTest(name = "{0} with {1} = null")
    @MethodSource("requiredFields")
    void aRequiredFieldSetToNullIsRejected(EventType type, String path) {
        ObjectNode tree = sampleTree(type);
        String field = path.substring(path.lastIndexOf('.') + 1);
        parentOf(tree, path).putNull(field);

        assertThat(violations(type, tree)).anySatisfy(v -> assertThat(v).contains(field).contains("null"));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void anExtraFieldIsRejectedAtTheTopLevel(EventType type) {
        ObjectNode tree = sampleTree(type).put("homeAddress", "Rruga e Kavajës 12");
        assertThat(violations(type, tree)).singleElement().asString().contains("homeAddress");
    }

    @ParameterizedTest
    @EnumSource(value = EventType.class, names = {"INTAKE_RECORDED", "INTAKE_CORRECTED", "REFERRAL_CREATED",
            "REFERRAL_CORRECTED", "REFERRAL_REDIRECTED"})
    void anExtraFieldIsRejectedInTheChildSummary(EventType type) {
        ObjectNode tree = sampleTree(type);
        ((ObjectNode) tree.get("child")).put("fatherName", "Besnik");
        assertThat(violationsBesidesNull(type, tree)).singleElement().asString().contains("fatherName").contains("child");
    }

    /** Every enum-typed field of every type, nested ones included, as (type, JSON path). */
    static Stream<Arguments> enumFields() {
        List<Arguments> all = new ArrayList<>();
        for (EventType type : EventType.values()) {
            for (String path : enumPaths(type.payload(), "")) {
                all.add(Arguments.of(type, path));
            }
        }
        return all.stream();
    }

    private static List<String> enumPaths(Class<?> record, String prefix) {
        List<String> paths = new ArrayList<>();
        for (RecordComponent c : record.getRecordComponents()) {
            if (c.getType().isEnum()) {
                paths.add(prefix + c.getName());
            } else if (c.getType().isRecord()) {
                paths.addAll(enumPaths(c.getType(), prefix + c.getName() + "."));
            }
        }
        return paths;
    }

    @ParameterizedTest(name = "{0} with an unknown {1}")
    @MethodSource("enumFields")
    void anEnumValueOutsideTheListIsRejected(EventType type, String path) {
        ObjectNode tree = sampleTree(type);
        String field = path.substring(path.lastIndexOf('.') + 1);
        parentOf(tree, path).put(field, "CRITICAL");
        assertThat(violationsBesidesNull(type, tree)).singleElement().asString().contains(field).contains("enum");

        parentOf(tree, path).put(field, parentOf(sampleTree(type), path).get(field).asText().toLowerCase());
        assertThat(violations(type, tree)).as("enum values are case-sensitive").isNotEmpty();
    }

    /** Every field holding a list of enum values, nested ones included, as (type, JSON path). */
    static Stream<Arguments> enumListFields() {
        List<Arguments> all = new ArrayList<>();
        for (EventType type : EventType.values()) {
            for (String path : enumListPaths(type.payload(), "")) {
                all.add(Arguments.of(type, path));
            }
        }
        return all.stream();
    }

    private static List<String> enumListPaths(Class<?> record, String prefix) {
        List<String> paths = new ArrayList<>();
        for (RecordComponent c : record.getRecordComponents()) {
            if (listElementType(c) instanceof Class<?> element && element.isEnum()) {
                paths.add(prefix + c.getName());
            } else if (c.getType().isRecord()) {
                paths.addAll(enumListPaths(c.getType(), prefix + c.getName() + "."));
            }
        }
        return paths;
    }

    @Test
    void theSamplesCoverSeveralEnumValuesInAList() {
        assertThat(enumListFields()).as("List<enum> fields").isNotEmpty();
        assertThat(sampleTree(EventType.INTAKE_RECORDED).get("situations")).hasSize(2);
    }

    @ParameterizedTest(name = "{0} with an unknown value in {1}")
    @MethodSource("enumListFields")
    void anEnumListElementOutsideTheListIsRejected(EventType type, String path) {
        ObjectNode tree = sampleTree(type);
        String field = path.substring(path.lastIndexOf('.') + 1);
        ArrayNode values = (ArrayNode) parentOf(tree, path).get(field);
        String first = values.get(0).asText();
        values.set(0, "CRITICAL");
        assertThat(violations(type, tree)).singleElement().asString().contains(field).contains("enum");

        values.set(0, first.toLowerCase());
        assertThat(violations(type, tree)).as("enum values are case-sensitive").isNotEmpty();

        values.set(0, first);
        values.addNull();
        assertThat(violations(type, tree)).as("null element").isNotEmpty()
                .allSatisfy(v -> assertThat(v).contains(field + "[" + (values.size() - 1) + "]"));
    }

    @ParameterizedTest(name = "{0} with an empty {1}")
    @MethodSource("enumListFields")
    void anEmptyEnumListIsRejected(EventType type, String path) {
        ObjectNode tree = sampleTree(type);
        String field = path.substring(path.lastIndexOf('.') + 1);
        parentOf(tree, path).putArray(field);
        assertThat(violations(type, tree)).singleElement().asString().contains(field).contains("at least 1");
    }

    @ParameterizedTest(name = "{0} with a duplicate in {1}")
    @MethodSource("enumListFields")
    void aDuplicateInAnEnumListIsRejected(EventType type, String path) {
        ObjectNode tree = sampleTree(type);
        String field = path.substring(path.lastIndexOf('.') + 1);
        ArrayNode values = (ArrayNode) parentOf(tree, path).get(field);
        values.add(values.get(0).asText());
        assertThat(violations(type, tree)).singleElement().asString().contains(field).contains("unique");

        parentOf(tree, path).put(field, values.get(0).asText());
        assertThat(violations(type, tree)).as("a single value instead of a list").singleElement().asString()
                .contains(field).contains("array");
    }

    @Test
    void malformedIdsAndDatesAreRejected() {
        ObjectNode intake = sampleTree(EventType.INTAKE_RECORDED);
        intake.put("intakeId", "intake-42");
        intake.put("contactAt", "14.03.2025 09:05");
        ((ObjectNode) intake.get("child")).put("dateOfBirth", "03/05/2012");
        assertThat(violations(EventType.INTAKE_RECORDED, intake)).hasSize(3)
                .anySatisfy(v -> assertThat(v).contains("intakeId").contains("uuid"))
                .anySatisfy(v -> assertThat(v).contains("contactAt").contains("date-time"))
                .anySatisfy(v -> assertThat(v).contains("dateOfBirth").contains("date"));

        ObjectNode epochMillis = sampleTree(EventType.CASE_OPENED).put("openedAt", 1741939500000L);
        assertThat(violations(EventType.CASE_OPENED, epochMillis)).as("Instant as a number").isNotEmpty();

        ObjectNode negativeAge = sampleTree(EventType.REFERRAL_CREATED);
        ((ObjectNode) negativeAge.get("child")).put("estimatedAge", -1);
        assertThat(violations(EventType.REFERRAL_CREATED, negativeAge)).singleElement().asString()
                .contains("estimatedAge");

        ObjectNode blankCode = sampleTree(EventType.TASK_ASSIGNED).put("cpuCode", "");
        assertThat(violations(EventType.TASK_ASSIGNED, blankCode)).singleElement().asString().contains("cpuCode");

        ObjectNode stringFlag = sampleTree(EventType.TASK_ASSIGNED).put("assignedToSupervisor", "false");
        assertThat(violations(EventType.TASK_ASSIGNED, stringFlag)).singleElement().asString()
                .contains("assignedToSupervisor");
    }

    /** Every non-nullable text field of every type, nested ones included, as (type, JSON path). */
    static Stream<Arguments> requiredTextFields() {
        List<Arguments> all = new ArrayList<>();
        for (EventType type : EventType.values()) {
            for (String path : requiredTextPaths(type.payload(), "")) {
                all.add(Arguments.of(type, path));
            }
        }
        return all.stream();
    }

    private static List<String> requiredTextPaths(Class<?> record, String prefix) {
        List<String> paths = new ArrayList<>();
        for (RecordComponent c : record.getRecordComponents()) {
            if (c.getType() == String.class && !NULLABLE.contains(record.getSimpleName() + "." + c.getName())) {
                paths.add(prefix + c.getName());
            } else if (c.getType().isRecord()) {
                paths.addAll(requiredTextPaths(c.getType(), prefix + c.getName() + "."));
            }
        }
        return paths;
    }

    /** Codes, names, users, reasons and outcomes carry something: an empty string is not a value. */
    @ParameterizedTest(name = "{0} with an empty {1}")
    @MethodSource("requiredTextFields")
    void anEmptyRequiredTextIsRejected(EventType type, String path) {
        ObjectNode tree = sampleTree(type);
        String field = path.substring(path.lastIndexOf('.') + 1);
        parentOf(tree, path).put(field, "");
        assertThat(violationsBesidesNull(type, tree)).singleElement().asString().contains(field);
    }
}
