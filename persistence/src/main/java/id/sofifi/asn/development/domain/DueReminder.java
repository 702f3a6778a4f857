package id.sofifi.asn.development.domain;

/**
 * A reminder due to one employee: its kind and what it is about ({@code dueKey}: the Latsar due date in ISO form,
 * or the JP year), which together with the NIP is the key under which it is sent once.
 */
public record DueReminder(ReminderKind kind, String dueKey) {
}
