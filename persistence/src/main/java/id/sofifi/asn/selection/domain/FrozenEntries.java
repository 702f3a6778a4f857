package id.sofifi.asn.selection.domain;

import id.sofifi.asn.audit.domain.AuditChain;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Entri pengumuman yang sudah terbit (frozen entries): every entry of one published announcement, held compactly so
 * that a million of them fit in memory beside the rest of the server, and found by registration number without the
 * database. Built only from a chain that leads to the published head ({@link #verified}): what is answered from here
 * is what was published, even if someone changed the rows afterwards.
 * <p>
 * Per entry it keeps the entry hash as 32 bytes (the previous hash is the entry hash before it, or the genesis), the
 * registration number and name as UTF-8 in one shared array, two offsets into it, an index into the announcement's
 * distinct (formation code, result code) pairs, and two slots of an open-addressing table by registration number.
 * The seq is the position plus one: a chain only verifies when its seqs run 1, 2, 3, … without a gap.
 */
public final class FrozenEntries {
    private static final int HASH_BYTES = 32;
    private static final HexFormat HEX = HexFormat.of();
    /** What the JVM adds to every array (header and length), for {@link #bytes()}. */
    private static final int ARRAY_HEADER = 16;

    private final int count;
    private final byte[] hashes;
    private final byte[] text;
    /** Entry i: number = text[bounds[2i], bounds[2i+1]), name = text[bounds[2i+1], bounds[2i+2]). */
    private final int[] bounds;
    private final int[] kinds;
    private final String[] formationCodes;
    private final String[] codes;
    /** Position + 1 of the entry whose number hashes to the slot (linear probing); 0 = empty. */
    private final int[] slots;

    private FrozenEntries(Builder b) {
        count = b.count;
        hashes = Arrays.copyOf(b.hashes, count * HASH_BYTES);
        text = Arrays.copyOf(b.text, b.textLength);
        bounds = Arrays.copyOf(b.bounds, 2 * count + 1);
        kinds = Arrays.copyOf(b.kinds, count);
        formationCodes = new String[b.kindIndex.size()];
        codes = new String[b.kindIndex.size()];
        b.kindIndex.forEach((pair, k) -> {
            formationCodes[k] = pair.formationCode();
            codes[k] = pair.code();
        });
        // the smallest power of two with at least twice as many slots as entries: probes stay short
        slots = new int[Integer.highestOneBit(2 * Math.max(1, count) - 1) << 1];
        for (int i = 0; i < count; i++) {
            int slot = firstSlot(numberAt(i).hashCode());
            while (slots[slot] != 0) {
                slot = (slot + 1) & (slots.length - 1);
            }
            slots[slot] = i + 1;
        }
    }

    /**
     * The entries read in seq order, kept only if their chain is intact and ends in the published head (the same check
     * as the public verification, {@link AnnouncementChain#check(Iterator, AnnouncementChain.Head)}); empty otherwise.
     */
    public static Optional<FrozenEntries> verified(Iterator<AnnouncementChain.Link> inOrder,
            AnnouncementChain.Head published) {
        Builder builder = new Builder(published.entries());
        AnnouncementChain.ChainCheck check = AnnouncementChain.check(new Tee(inOrder, builder::add), published);
        return check.valid() && !builder.unreadable ? Optional.of(new FrozenEntries(builder)) : Optional.empty();
    }

    /** The position of the entry with this registration number (exactly as published), or -1. */
    public int find(String registrationNumber) {
        byte[] wanted = registrationNumber.getBytes(StandardCharsets.UTF_8);
        for (int slot = firstSlot(registrationNumber.hashCode()); slots[slot] != 0; slot = (slot + 1)
                & (slots.length - 1)) {
            int i = slots[slot] - 1;
            if (Arrays.equals(text, bounds[2 * i], bounds[2 * i + 1], wanted, 0, wanted.length)) {
                return i;
            }
        }
        return -1;
    }

    /** The entry at {@code position} as the chain sees it, both hashes included. */
    public AnnouncementChain.Link link(int position) {
        return new AnnouncementChain.Link(position + 1, numberAt(position),
                textAt(bounds[2 * position + 1], bounds[2 * position + 2]), formationCodes[kinds[position]],
                codes[kinds[position]], position == 0 ? AuditChain.GENESIS : hashAt(position - 1), hashAt(position));
    }

    public int size() {
        return count;
    }

    /**
     * The memory held, counted from the arrays' lengths; each string of the few distinct pairs as a String object
     * (24 bytes) with its array.
     */
    public long bytes() {
        long pairs = 0;
        for (int k = 0; k < codes.length; k++) {
            pairs += 2 * (24 + ARRAY_HEADER) + formationCodes[k].length() + codes[k].length();
        }
        return 5L * ARRAY_HEADER + hashes.length + text.length + 4L * bounds.length + 4L * kinds.length
                + 4L * slots.length + 2 * (ARRAY_HEADER + 4L * codes.length) + pairs;
    }

    private int firstSlot(int hash) {
        return (hash ^ (hash >>> 16)) & (slots.length - 1);
    }

    private String numberAt(int position) {
        return textAt(bounds[2 * position], bounds[2 * position + 1]);
    }

    private String textAt(int from, int to) {
        return new String(text, from, to - from, StandardCharsets.UTF_8);
    }

    private String hashAt(int position) {
        return HEX.formatHex(hashes, position * HASH_BYTES, (position + 1) * HASH_BYTES);
    }

    /** Collects links as the chain check reads them; growing arrays, trimmed when the entries are built. */
    private static final class Builder {
        private int count;
        private byte[] hashes;
        private byte[] text;
        private int textLength;
        private int[] bounds;
        private int[] kinds;
        private final Map<Pair, Integer> kindIndex = new HashMap<>();
        /** A hash that is not 64 hex digits: the chain cannot verify then, but nothing is stored for it either. */
        private boolean unreadable;

        Builder(int expected) {
            int capacity = Math.max(16, expected);
            hashes = new byte[capacity * HASH_BYTES];
            text = new byte[capacity * 32];
            bounds = new int[2 * capacity + 1];
            kinds = new int[capacity];
        }

        void add(AnnouncementChain.Link link) {
            if (unreadable) {
                return;
            }
            String hash = link.entryHash();
            if (hash == null || hash.length() != 2 * HASH_BYTES || !hash.chars().allMatch(HexFormat::isHexDigit)) {
                unreadable = true;
                return;
            }
            if (count == kinds.length) {
                int grown = count + (count >> 1);
                hashes = Arrays.copyOf(hashes, grown * HASH_BYTES);
                bounds = Arrays.copyOf(bounds, 2 * grown + 1);
                kinds = Arrays.copyOf(kinds, grown);
            }
            System.arraycopy(HEX.parseHex(hash), 0, hashes, count * HASH_BYTES, HASH_BYTES);
            bounds[2 * count + 1] = append(link.registrationNumber());
            bounds[2 * count + 2] = append(link.name());
            kinds[count] = kindIndex.computeIfAbsent(new Pair(link.formationCode(), link.code()),
                    p -> kindIndex.size());
            count++;
        }

        private int append(String s) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            if (textLength + utf8.length > text.length) {
                text = Arrays.copyOf(text, Math.max(textLength + utf8.length, text.length + (text.length >> 1)));
            }
            System.arraycopy(utf8, 0, text, textLength, utf8.length);
            textLength += utf8.length;
            return textLength;
        }
    }

    private record Pair(String formationCode, String code) {
    }

    /** Hands every link to {@code copy} as the chain check reads it, so the entries are read from the database once. */
    private record Tee(Iterator<AnnouncementChain.Link> source,
            Consumer<AnnouncementChain.Link> copy) implements Iterator<AnnouncementChain.Link> {
        @Override
        public boolean hasNext() {
            return source.hasNext();
        }

        @Override
        public AnnouncementChain.Link next() {
            AnnouncementChain.Link link = source.next();
            copy.accept(link);
            return link;
        }
    }
}
