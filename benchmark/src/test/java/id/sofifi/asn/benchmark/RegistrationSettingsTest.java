package id.sofifi.asn.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RegistrationSettingsTest {

    private static List<Integer> doubleClickers(int percent, int applicants) {
        RegistrationSettings settings = new RegistrationSettings("http://localhost:8080", applicants, true, percent,
                100, null, null, null, null, null, null);
        return IntStream.rangeClosed(1, applicants).filter(settings::doubleClicks).boxed().toList();
    }

    @Test
    @DisplayName("double clicks are spread evenly over the applicants: every tenth at 10 %, every fourth at 25 %")
    void spread() {
        assertEquals(List.of(10, 20), doubleClickers(10, 20));
        assertEquals(20, doubleClickers(10, 200).size());
        assertEquals(List.of(4, 8, 12), doubleClickers(25, 12));
        assertEquals(List.of(), doubleClickers(0, 50));
        assertEquals(50, doubleClickers(100, 50).size());
    }
}
