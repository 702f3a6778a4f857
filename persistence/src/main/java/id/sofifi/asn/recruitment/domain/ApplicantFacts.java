package id.sofifi.asn.recruitment.domain;

import id.sofifi.asn.kernel.Sex;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The door through which other contexts learn who the applicants behind registration numbers are: workforce
 * appoints the passed ones as employees and needs the facts their NIP is made of. Recruitment owns these
 * facts; callers never read its tables. The NIK is answered because the employee record keeps it; callers must
 * not show it.
 */
@Dependent
public class ApplicantFacts {
    @PersistenceContext(unitName = "asn")
    EntityManager em;

    /** The facts of each known registration number; unknown numbers are absent. */
    public Map<String, Facts> of(Collection<String> registrationNumbers) {
        if (registrationNumbers.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT a FROM Application a WHERE a.registrationNumber IN :n", Application.class)
                .setParameter("n", registrationNumbers).getResultStream().map(Facts::of)
                .collect(Collectors.toMap(Facts::registrationNumber, Function.identity()));
    }

    /** Who applied under a registration number, as they stated it and as their NIK was checked against. */
    public record Facts(String registrationNumber, String nik, String fullName, LocalDate birthDate, Sex sex,
            String email) {

        static Facts of(Application a) {
            return new Facts(a.registrationNumber(), a.nik().value(), a.fullName(), a.birthDate(), a.sex(), a.email());
        }
    }
}
