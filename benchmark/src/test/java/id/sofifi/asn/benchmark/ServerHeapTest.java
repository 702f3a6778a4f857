package id.sofifi.asn.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ServerHeapTest {

    @Test
    @DisplayName("G1 (the run mode's collector): the heap line counts, Metaspace and class space do not")
    void garbageFirst() {
        // jcmd 546 GC.heap_info of the run-mode WildFly, 2026-12-03
        String heapInfo = """
                546:
                 garbage-first heap   total 495616K, used 211752K [0x00000000c0000000, 0x0000000100000000)
                  region size 1024K, 80 young (81920K), 4 survivors (4096K)
                 Metaspace       used 139270K, committed 142720K, reserved 1179648K
                  class space    used 18204K, committed 19712K, reserved 1048576K
                """;
        assertEquals(211752 / 1024.0, ServerHeap.usedMib(heapInfo), 1e-9);
    }

    @Test
    @DisplayName("A generational collector: young and old generation add up, their spaces are not counted twice")
    void parallel() {
        String heapInfo = """
                4711:
                 PSYoungGen      total 76288K, used 3932K [0x00000000eab00000, 0x00000000f0000000, 0x0000000100000000)
                  eden space 65536K, 6% used [0x00000000eab00000,0x00000000eaed7300,0x00000000eeb00000)
                 ParOldGen       total 175104K, used 20100K [0x00000000c0000000, 0x00000000cab00000, 0x00000000eab00000)
                  object space 175104K, 11% used [0x00000000c0000000,0x00000000c13a1000,0x00000000cab00000)
                 Metaspace       used 9000K, committed 9216K, reserved 1056768K
                """;
        assertEquals((3932 + 20100) / 1024.0, ServerHeap.usedMib(heapInfo), 1e-9);
    }

    @Test
    @DisplayName("An answer without a heap (jcmd reached another JVM kind, or an error text) stops the run")
    void noHeap() {
        assertThrows(IllegalStateException.class,
                () -> ServerHeap.usedMib("546:\ncom.sun.tools.attach.AttachNotSupported"));
    }
}
