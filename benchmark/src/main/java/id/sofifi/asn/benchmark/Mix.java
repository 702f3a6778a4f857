package id.sofifi.asn.benchmark;

import java.net.http.HttpRequest;
import java.time.Year;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The soak's traffic, in weights out of 100: the announcement-day public lookup (60: the JSON entry 40, its HTML page
 * with the QR link 20) and the agencies' and staff's API (40: employee list 8, development compliance 8, complaint
 * statistics 8, forum topics 12, and 4 complaints filed as a citizen files them, which make the data grow as it
 * would). Registration numbers are drawn at random: announcement-day traffic has no hot key.
 */
final class Mix {
    /** One kind of request with its share of the traffic. */
    record Call(String name, int weight, Supplier<HttpRequest> request) {
    }

    private final List<Call> calls;
    private final int total;

    Mix(Http http, Settings settings, SoakData.Made data) {
        String admin = settings.adminToken();
        List<String> numbers = data.registrationNumbers();
        Supplier<String> number = () -> numbers.get(ThreadLocalRandom.current().nextInt(numbers.size()));
        AtomicLong filed = new AtomicLong(1_000);
        calls = List.of(
                new Call("lookup", 40,
                        () -> http.get("/api/v1/announcements/" + data.announcement() + "/entries/" + number.get(),
                                null)),
                new Call("lookup page", 20,
                        () -> http.get("/hasil-seleksi/entri.xhtml?id=" + data.announcement() + "&no=" + number.get(),
                                null)),
                new Call("employees", 8, () -> http.get("/api/v1/employees?size=20", admin)),
                new Call("compliance", 8,
                        () -> http.get("/api/v1/development/compliance?year=" + Year.now().getValue(), admin)),
                new Call("complaint statistics", 8, () -> http.get("/api/v1/complaint-statistics", null)),
                new Call("forum topics", 12, () -> http.get("/api/v1/forum/topics", null)),
                new Call("complaint filed", 4, () -> http.post("/api/v1/complaints", null, "application/json",
                        SoakData.complaint(data.unit(), filed.getAndIncrement()))));
        total = calls.stream().mapToInt(Call::weight).sum();
    }

    /** The next request, drawn by weight. */
    HttpRequest next() {
        int draw = ThreadLocalRandom.current().nextInt(total);
        for (Call call : calls) {
            draw -= call.weight();
            if (draw < 0) {
                return call.request().get();
            }
        }
        throw new IllegalStateException("weights changed under the draw");
    }

    /** "lookup 40, lookup page 20, …": what the printed figures are of. */
    String describe() {
        return String.join(", ", calls.stream().map(c -> c.name() + " " + c.weight()).toList());
    }
}
