package id.sofifi.asn.privacy.domain;

import id.sofifi.asn.kernel.Nik;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret keys that protect NIKs at rest (§6): an HMAC-SHA256 key whose keyed hash finds and keeps unique a NIK
 * without storing it, and AES-256 keys, one current, that seal the NIK for the few screens that must show it. The
 * keys live outside the database, in a file ({@code ASN_NIK_KEY_FILE}), so a dump of the database alone reveals no
 * NIK. Rotation: add a key {@code aes.<id>} to the file and make it {@code current}; rows sealed under an older id
 * still open, because each row stores the id it was sealed with. The HMAC key cannot rotate without rehashing.
 * <p>
 * Entities cannot be injected, so the keys of this process are installed once ({@link #install}) or read from the
 * configured file on first use ({@link #installed}).
 */
public final class NikKeys {
    /** The system property (WildFly sets it from {@code ASN_NIK_KEY_FILE}) naming the key file. */
    public static final String FILE_PROPERTY = "asn.nik.key.file";
    public static final String FILE_ENVIRONMENT = "ASN_NIK_KEY_FILE";
    private static final String HMAC = "HmacSHA256";
    private static final String AES = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static volatile NikKeys installed;

    private final byte[] hmacKey;
    private final Map<String, byte[]> aesKeys;
    private final String current;

    private NikKeys(byte[] hmacKey, Map<String, byte[]> aesKeys, String current) {
        if (hmacKey.length != KEY_BYTES || !aesKeys.containsKey(current)
                || aesKeys.values().stream().anyMatch(k -> k.length != KEY_BYTES)) {
            throw new IllegalArgumentException("NIK key file needs hmac, current and aes.<current>, 32 bytes each");
        }
        this.hmacKey = hmacKey;
        this.aesKeys = Map.copyOf(aesKeys);
        this.current = current;
    }

    /** Fresh random keys: a new installation's, or a test's. */
    public static NikKeys generate() {
        return new NikKeys(random(), Map.of("1", random()), "1");
    }

    /** Reads a key file written by {@link #write}. */
    public static NikKeys read(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the NIK key file " + file, e);
        }
        Map<String, byte[]> aes = new HashMap<>();
        p.stringPropertyNames().stream().filter(n -> n.startsWith("aes."))
                .forEach(n -> aes.put(n.substring(4), decode(p.getProperty(n))));
        return new NikKeys(decode(p.getProperty("hmac", "")), aes, p.getProperty("current", ""));
    }

    /** Writes the keys to a new file readable by its owner only (mode 600); never overwrites one. */
    public void write(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.ISO_8859_1)) {
                out.write("# ASN Sofifi NIK keys (ASN-RULES 6). Back this file up separately from the database:\n"
                        + "# without it no stored NIK can be found or shown again.\n");
                out.write("hmac=" + encode(hmacKey) + "\n");
                for (Map.Entry<String, byte[]> key : aesKeys.entrySet()) {
                    out.write("aes." + key.getKey() + "=" + encode(key.getValue()) + "\n");
                }
                out.write("current=" + current + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the NIK key file " + file, e);
        }
    }

    /** The key file this process is configured with: the system property, else the environment; null if neither. */
    public static Path configuredFile() {
        String name = System.getProperty(FILE_PROPERTY, System.getenv(FILE_ENVIRONMENT));
        return name == null || name.isBlank() ? null : Path.of(name);
    }

    /** Makes these the keys of this process. */
    public static void install(NikKeys keys) {
        installed = keys;
    }

    /** The keys of this process: those installed, else those of the configured file. */
    public static NikKeys installed() {
        NikKeys keys = installed;
        if (keys == null) {
            Path file = configuredFile();
            if (file == null || !Files.exists(file)) {
                throw new IllegalStateException("No NIK keys: set " + FILE_ENVIRONMENT + " to the key file");
            }
            keys = read(file);
            installed = keys;
        }
        return keys;
    }

    /** The keyed hash (HMAC-SHA256, Base64) that finds a NIK and keeps it unique without revealing it. */
    public String hash(Nik nik) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(hmacKey, HMAC));
            return encode(mac.doFinal(nik.value().getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The NIK sealed under the current key: Base64 of a random 12-byte IV followed by the AES-GCM cipher text. */
    public SealedNik seal(Nik nik) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, current, iv, nik.value().getBytes(StandardCharsets.US_ASCII));
        byte[] stored = ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        return new SealedNik(hash(nik), encode(stored), current);
    }

    /** Opens a sealed NIK; fails when the key id is unknown or the value was not sealed with that key. */
    public Nik open(String sealed, String keyId) {
        byte[] stored = decode(sealed);
        byte[] iv = Arrays.copyOf(stored, IV_BYTES);
        byte[] text = Arrays.copyOfRange(stored, IV_BYTES, stored.length);
        return new Nik(new String(crypt(Cipher.DECRYPT_MODE, keyId, iv, text), StandardCharsets.US_ASCII));
    }

    private byte[] crypt(int mode, String keyId, byte[] iv, byte[] input) {
        byte[] key = aesKeys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("NIK key " + keyId + " is not in the key file");
        }
        try {
            Cipher cipher = Cipher.getInstance(AES);
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("NIK cannot be opened with key " + keyId + " (wrong key file?)", e);
        }
    }

    private static byte[] random() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    private static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static byte[] decode(String text) {
        return Base64.getDecoder().decode(text.strip());
    }
}
