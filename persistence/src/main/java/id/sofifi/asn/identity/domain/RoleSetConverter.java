package id.sofifi.asn.identity.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Set;

/** Stores a set of roles as one comma-separated column, in declaration order ({@link EnumSetColumn}). */
@Converter
public class RoleSetConverter implements AttributeConverter<Set<Role>, String> {
    @Override
    public String convertToDatabaseColumn(Set<Role> roles) {
        return EnumSetColumn.join(roles);
    }

    @Override
    public Set<Role> convertToEntityAttribute(String column) {
        return EnumSetColumn.split(column, Role.class);
    }
}
