package al.childprotection.referral.domain;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import al.childprotection.contracts.Situation;

/** The child's situations in one column, as "VICTIM,WITHOUT_PARENTAL_CARE": read whole, never queried inside. */
@Converter
public class SituationsConverter implements AttributeConverter<List<Situation>, String> {

    @Override
    public String convertToDatabaseColumn(List<Situation> situations) {
        return situations == null ? null : situations.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public List<Situation> convertToEntityAttribute(String column) {
        return column == null || column.isBlank() ? List.of()
                : Arrays.stream(column.split(",")).map(Situation::valueOf).toList();
    }
}
