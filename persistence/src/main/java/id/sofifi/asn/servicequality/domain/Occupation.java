package id.sofifi.asn.servicequality.domain;

/** Pekerjaan of a respondent: PNS, TNI, Polri, swasta, wirausaha, pelajar/mahasiswa or lainnya. */
public enum Occupation {
    CIVIL_SERVANT, MILITARY, POLICE, PRIVATE_EMPLOYEE, ENTREPRENEUR, STUDENT, OTHER
}
