package id.sofifi.asn.privacy.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.sofifi.asn.kernel.Nik;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ASN-RULES §6: a NIK is stored as a keyed hash and sealed, never as itself; the keys live in a file. */
class NikKeysTest {
    private static final Nik N1 = new Nik("8272045203900001");

    @Test
    @DisplayName("§6 N1: sealed twice gives two different values that both open to the NIK and never contain it")
    void sealsWithRandomIv() {
        NikKeys keys = NikKeys.generate();
        SealedNik first = keys.seal(N1);
        SealedNik second = keys.seal(N1);
        assertNotEquals(first.sealed(), second.sealed());
        assertEquals(N1, keys.open(first.sealed(), first.keyId()));
        assertEquals(N1, keys.open(second.sealed(), second.keyId()));
        assertFalse((first.hash() + first.sealed()).contains(N1.value()));
    }

    @Test
    @DisplayName("§6 N1: the keyed hash is the same for the same NIK and key, different under another key")
    void hashFindsTheNik() {
        NikKeys keys = NikKeys.generate();
        assertEquals(keys.hash(N1), keys.seal(N1).hash());
        assertNotEquals(keys.hash(N1), keys.hash(new Nik("8272045203900002")));
        assertNotEquals(keys.hash(N1), NikKeys.generate().hash(N1));
    }

    @Test
    @DisplayName("§6: a NIK sealed with other keys does not open (a swapped key file is noticed)")
    void otherKeysDoNotOpen() {
        SealedNik sealed = NikKeys.generate().seal(N1);
        NikKeys other = NikKeys.generate();
        assertThrows(IllegalStateException.class, () -> other.open(sealed.sealed(), sealed.keyId()));
        assertThrows(IllegalStateException.class, () -> other.open(sealed.sealed(), "9"));
    }

    @Test
    @DisplayName("§6: the key file is written once, readable by its owner only, and reads back the same keys")
    void keyFile(@TempDir Path dir) throws IOException {
        NikKeys keys = NikKeys.generate();
        Path file = dir.resolve("nik-keys.properties");
        keys.write(file);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        NikKeys read = NikKeys.read(file);
        assertEquals(keys.hash(N1), read.hash(N1));
        SealedNik sealed = keys.seal(N1);
        assertEquals(N1, read.open(sealed.sealed(), sealed.keyId()));
        assertThrows(UncheckedIOException.class, () -> NikKeys.generate().write(file));
    }

    @Test
    @DisplayName("§6: after a rotation new NIKs are sealed under the new key and old ones still open")
    void rotation(@TempDir Path dir) throws IOException {
        NikKeys keys = NikKeys.generate();
        Path file = dir.resolve("nik-keys.properties");
        keys.write(file);
        SealedNik old = keys.seal(N1);
        String rotated = Files.readString(file).replace("current=1", "current=2") + "aes.2="
                + Base64.getEncoder().encodeToString(new byte[32]) + "\n";
        Files.writeString(file, rotated);
        NikKeys next = NikKeys.read(file);
        SealedNik fresh = next.seal(N1);
        assertEquals("2", fresh.keyId());
        assertEquals(N1, next.open(old.sealed(), old.keyId()));
        assertEquals(keys.hash(N1), fresh.hash());
    }
}
