import id.sofifi.asn.selection.domain.AnnouncementChain;
import id.sofifi.asn.selection.domain.FrozenEntries;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Memory of look-ups from memory (docs/benchmarks.md, "Lookup from memory (issue 14)"): seals ENTRIES synthetic
 * entries as publication does (registration numbers as the SKD benchmark's, Indonesian names of 2–4 words), builds
 * their {@link FrozenEntries}, and prints what {@code bytes()} counts next to what the heap grew by, read after full
 * collections. Needs JDK 17 and the persistence module's classes:
 * {@code java -Xmx2g -cp persistence/target/classes docs/benchmarks/LookupMemory.java [ENTRIES]}.
 */
public final class LookupMemory {
    private static final String[] WORDS = {"Muhammad", "Siti", "Nur", "Abdul", "Dewi", "Rahmat", "Putri", "Agus",
            "Sri", "Hidayat", "Fitriani", "Saputra", "Lestari", "Wahyudi", "Kurniawan", "Rahmawati", "Hasanuddin",
            "Tuasikal", "Latuconsina", "Umasangadji", "Bopeng", "Sahidu", "Marasabessy", "Pattimura"};

    private LookupMemory() {
    }

    public static void main(String[] args) {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Random random = new Random(14);
        AnnouncementChain.Sealer sealer = new AnnouncementChain.Sealer();
        List<AnnouncementChain.Link> links = new ArrayList<>(entries);
        long nameChars = 0;
        for (int seq = 1; seq <= entries; seq++) {
            StringBuilder name = new StringBuilder(WORDS[random.nextInt(WORDS.length)]);
            for (int w = 1 + random.nextInt(3); w > 0; w--) {
                name.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
            }
            nameChars += name.length();
            links.add(sealer.seal(AnnouncementChain.Link.unhashed(seq, String.format("BENCH-SEL-%07d", seq),
                    name.toString(), "F-" + (seq % 400), seq % 3 == 0 ? "P/L" : "TL")));
        }
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);
        FrozenEntries frozen = FrozenEntries.verified(links.iterator(), sealer.head()).orElseThrow();
        long after = usedAfterGc(memory);
        System.out.printf("%,d entries (names %.1f characters on average): bytes() %,d = %.1f per entry;"
                + " heap grew by %,d = %.1f per entry (%.1f MiB)%n", frozen.size(), (double) nameChars / entries,
                frozen.bytes(), (double) frozen.bytes() / entries, after - before, (double) (after - before) / entries,
                (after - before) / 1048576.0);
        if (frozen.find(links.get(entries / 2).registrationNumber()) != entries / 2) {
            throw new IllegalStateException("look-up failed");
        }
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
