package id.sofifi.asn.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ApiScopeTest {

    @Test
    @DisplayName("API-CONTRACT Conventions: an endpoint's group is the context of its resource's package")
    void groupOfResourcePackage() {
        assertEquals(Optional.of(ApiScope.RECRUITMENT), ApiScope.ofPackage("id.sofifi.asn.recruitment.api"));
        assertEquals(Optional.of(ApiScope.SELECTION), ApiScope.ofPackage("id.sofifi.asn.selection.api"));
        assertEquals(Optional.of(ApiScope.SERVICE_QUALITY), ApiScope.ofPackage("id.sofifi.asn.servicequality.api"));
        assertEquals(Optional.of(ApiScope.JOBS), ApiScope.ofPackage("id.sofifi.asn.jobs.api"));
        assertEquals(Optional.of(ApiScope.AUDIT), ApiScope.ofPackage("id.sofifi.asn.audit.api"));
    }

    @Test
    @DisplayName("API-CONTRACT Conventions: resources outside every group (identity, platform, screens) have none")
    void noGroupOutsideContextApis() {
        assertEquals(Optional.empty(), ApiScope.ofPackage("id.sofifi.asn.identity.api"));
        assertEquals(Optional.empty(), ApiScope.ofPackage("id.sofifi.asn.platform.api"));
        assertEquals(Optional.empty(), ApiScope.ofPackage("id.sofifi.asn.recruitment.web"));
        assertEquals(Optional.empty(), ApiScope.ofPackage("org.example.recruitment.api"));
        assertEquals(Optional.empty(), ApiScope.ofPackage(null));
    }

    @Test
    @DisplayName("Scopes are stored as one column and read back in the same set")
    void storedAndReadBack() {
        ApiScopeSetConverter converter = new ApiScopeSetConverter();
        var scopes = java.util.EnumSet.of(ApiScope.WORKFORCE, ApiScope.RECRUITMENT);
        assertEquals("RECRUITMENT,WORKFORCE", converter.convertToDatabaseColumn(scopes));
        assertEquals(scopes, converter.convertToEntityAttribute("RECRUITMENT,WORKFORCE"));
    }
}
