package id.sofifi.asn.jobs.csv;

import id.sofifi.asn.kernel.ValidationFailure;
import id.sofifi.asn.kernel.Violation;
import java.util.List;

/**
 * A line of an uploaded CSV file that is not text: the file is refused whole (nothing of it is imported), naming
 * the line and the column. The line is also the message's first argument, so a screen that shows only the message
 * still says where.
 */
public class UnreadableLine extends ValidationFailure {
    private final long line;

    public UnreadableLine(long line, String column, String messageKey, Object... more) {
        super(List.of(new Violation(column, messageKey, arguments(line, more))));
        this.line = line;
    }

    private static List<Object> arguments(long line, Object... more) {
        Object[] all = new Object[more.length + 1];
        all[0] = line;
        System.arraycopy(more, 0, all, 1, more.length);
        return List.of(all);
    }

    public long line() {
        return line;
    }
}
