package id.sofifi.asn.performance.application;

import java.io.Serializable;
/**
 * An employee with their evaluating official as the administrator's screen shows them.
 *
 * @param officialNip the official's NIP; null when the employee has neither an assigned official nor a head
 * @param assigned whether an administrator assigned the official (else it is the head)
 */
public record EvaluatorView(String nip, String name, String officialNip, String officialName,
        boolean assigned) implements Serializable {
}
