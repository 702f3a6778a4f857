package id.sofifi.asn.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RegistrationSettingsTest {

    private static RegistrationSettings settings(int doubleClicks, int twoDevices) {
        return new RegistrationSettings("http://localhost:8080", 200, true, doubleClicks, twoDevices, 100, null, null,
                null, null, null, null);
    }

    private static List<Integer> doubleClickers(int percent, int applicants) {
        return IntStream.rangeClosed(1, applicants).filter(settings(percent, 0)::doubleClicks).boxed().toList();
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

    @Test
    @DisplayName("at the defaults (10 % double clicks, 5 % two devices) no applicant does both")
    void twoDevicesApart() {
        RegistrationSettings defaults = settings(10, 5);
        List<Integer> twoDevices = IntStream.rangeClosed(1, 200).filter(defaults::twoDevices).boxed().toList();
        assertEquals(List.of(15, 35, 55), twoDevices.subList(0, 3));
        assertEquals(10, twoDevices.size());
        assertEquals(List.of(), twoDevices.stream().filter(defaults::doubleClicks).toList());
    }
}
