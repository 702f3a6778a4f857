package id.sofifi.asn.privacy.application;

import id.sofifi.asn.privacy.domain.PersonalDataRead;
import id.sofifi.asn.privacy.domain.PersonalDataReadRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Records that the caller read a person's data (§6): the use cases that show an application, a NIK, a document or an
 * employee's profile call it with what they showed and the person's NIK hash, inside their own transaction.
 */
@Stateless
@PermitAll
public class PersonalDataReads {
    @Inject
    PersonalDataReadRepository reads;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** {@code what} names the kind of read ({@code application.detail}, {@code nik.shown}, …). */
    public void record(String what, String subjectKey, String nikHash) {
        reads.add(new PersonalDataRead(clock.instant(), session.getCallerPrincipal().getName(), what, subjectKey,
                nikHash, RequestOrigin.address()));
    }
}
