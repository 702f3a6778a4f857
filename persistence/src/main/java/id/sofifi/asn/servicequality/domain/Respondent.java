package id.sofifi.asn.servicequality.domain;

import id.sofifi.asn.kernel.Sex;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Data responden: what a respondent tells about themself, each fact optional. Bands and groups only, so that no
 * answer can be traced back to a person.
 */
@Embeddable
public class Respondent {
    @Enumerated(EnumType.STRING)
    @Column(length = 1)
    private Sex sex;

    @Enumerated(EnumType.STRING)
    @Column(name = "age_band", length = 12)
    private AgeBand ageBand;

    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    private Education education;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Occupation occupation;

    protected Respondent() {
    }

    public Respondent(Sex sex, AgeBand ageBand, Education education, Occupation occupation) {
        this.sex = sex;
        this.ageBand = ageBand;
        this.education = education;
        this.occupation = occupation;
    }

    public Sex sex() {
        return sex;
    }

    public AgeBand ageBand() {
        return ageBand;
    }

    public Education education() {
        return education;
    }

    public Occupation occupation() {
        return occupation;
    }
}
