package id.sofifi.asn.selection.domain;

/** The {@code attendance} column of an SKD score import (API-CONTRACT.md, Selection). */
public enum Attendance {
    PRESENT, ABSENT, DISQUALIFIED
}
