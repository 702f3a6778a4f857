package id.sofifi.asn.identity.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Set;

/** Stores a client's scopes as one comma-separated column, in declaration order ({@link EnumSetColumn}). */
@Converter
public class ApiScopeSetConverter implements AttributeConverter<Set<ApiScope>, String> {
    @Override
    public String convertToDatabaseColumn(Set<ApiScope> scopes) {
        return EnumSetColumn.join(scopes);
    }

    @Override
    public Set<ApiScope> convertToEntityAttribute(String column) {
        return EnumSetColumn.split(column, ApiScope.class);
    }
}
