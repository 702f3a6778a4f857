package id.sofifi.asn.identity.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a client's scopes as one comma-separated column, in declaration order. */
@Converter
public class ApiScopeSetConverter implements AttributeConverter<Set<ApiScope>, String> {
    @Override
    public String convertToDatabaseColumn(Set<ApiScope> scopes) {
        return scopes.stream().sorted().map(ApiScope::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<ApiScope> convertToEntityAttribute(String column) {
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::strip).map(ApiScope::valueOf).forEach(scopes::add);
        }
        return scopes;
    }
}
