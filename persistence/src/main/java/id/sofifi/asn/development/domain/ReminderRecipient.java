package id.sofifi.asn.development.domain;

/** To whom a reminder goes: the employee it is about, or a copy (tembusan) to the head of their unit. */
public enum ReminderRecipient {
    EMPLOYEE, HEAD
}
