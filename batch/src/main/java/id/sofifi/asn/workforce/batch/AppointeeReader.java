package id.sofifi.asn.workforce.batch;

import id.sofifi.asn.selection.domain.Appointees;
import id.sofifi.asn.selection.domain.Appointees.Appointee;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads the appointees of the job's FINAL announcement (property {@code announcement}) in ascending registration
 * number, a page at a time from selection's {@link Appointees}. The checkpoint is the last registration number
 * handed out, i.e. the last one of the committed chunk: a restart goes on after it.
 */
@Named
@Dependent
public class AppointeeReader extends AbstractItemReader {
    /** Appointees fetched per query; independent of the chunk size, which the job XML sets. */
    static final int PAGE = 500;

    @Inject
    Appointees appointees;

    @Inject
    @BatchProperty(name = "announcement")
    String announcement;

    private final Deque<Appointee> page = new ArrayDeque<>();
    private String last = "";

    @Override
    public void open(Serializable checkpoint) {
        if (checkpoint != null) {
            last = (String) checkpoint;
        }
    }

    @Override
    public Appointee readItem() {
        if (page.isEmpty()) {
            page.addAll(appointees.after(Long.parseLong(announcement), last, PAGE));
        }
        Appointee next = page.poll();
        if (next != null) {
            last = next.registrationNumber();
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return last;
    }
}
