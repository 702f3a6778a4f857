package id.sofifi.asn.workforce.domain;

/**
 * Kedudukan: CPNS (candidate on probation, must complete Latsar within a year), PNS (civil servant) or PPPK
 * (government employee on contract).
 */
public enum EmploymentType {
    CPNS, PNS, PPPK
}
