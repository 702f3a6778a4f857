package id.sofifi.asn.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Passwords as slow salted hashes, and the lock-out after repeated wrong passwords. */
class UserAccountTest {
    private static final Instant NOW = Instant.parse("2026-11-28T00:00:00Z");

    @Test
    @DisplayName("The same password hashes differently each time (salt) and still matches")
    void saltedHash() {
        String a = PasswordHash.hash("rahasia".toCharArray());
        String b = PasswordHash.hash("rahasia".toCharArray());
        assertNotEquals(a, b);
        assertTrue(a.startsWith("pbkdf2-sha256$" + PasswordHash.ITERATIONS + "$"));
        assertTrue(PasswordHash.matches("rahasia".toCharArray(), a));
        assertFalse(PasswordHash.matches("Rahasia".toCharArray(), a));
        assertFalse(PasswordHash.matches("rahasia".toCharArray(), "plain-text"));
    }

    @Test
    @DisplayName("Five wrong passwords lock for 15 minutes, even the right one; after that it opens again")
    void lockOut() {
        UserAccount account = new UserAccount("verifikator", "Verifikator", "benar".toCharArray(),
                EnumSet.of(Role.VERIFIER));
        for (int i = 0; i < 4; i++) {
            assertEquals(LoginOutcome.WRONG_PASSWORD,
                    account.attemptLogin("salah".toCharArray(), NOW, LoginPolicy.STANDARD));
        }
        assertEquals(LoginOutcome.LOCKED, account.attemptLogin("salah".toCharArray(), NOW, LoginPolicy.STANDARD));
        assertEquals(NOW.plus(Duration.ofMinutes(15)), account.lockedUntil());
        assertEquals(LoginOutcome.LOCKED,
                account.attemptLogin("benar".toCharArray(), NOW.plusSeconds(899), LoginPolicy.STANDARD));
        assertEquals(LoginOutcome.SUCCESS,
                account.attemptLogin("benar".toCharArray(), NOW.plusSeconds(900), LoginPolicy.STANDARD));
    }

    @Test
    @DisplayName("A success resets the count of wrong passwords")
    void successResets() {
        UserAccount account = new UserAccount("admin", "Admin", "benar".toCharArray(), EnumSet.of(Role.ADMIN));
        for (int i = 0; i < 4; i++) {
            account.attemptLogin("salah".toCharArray(), NOW, LoginPolicy.STANDARD);
        }
        assertEquals(LoginOutcome.SUCCESS, account.attemptLogin("benar".toCharArray(), NOW, LoginPolicy.STANDARD));
        assertEquals(LoginOutcome.WRONG_PASSWORD,
                account.attemptLogin("salah".toCharArray(), NOW, LoginPolicy.STANDARD));
    }

    @Test
    @DisplayName("Roles round-trip through their column form")
    void rolesColumn() {
        RoleSetConverter converter = new RoleSetConverter();
        assertEquals("ADMIN,OPERATOR", converter.convertToDatabaseColumn(EnumSet.of(Role.OPERATOR, Role.ADMIN)));
        assertEquals(EnumSet.of(Role.ADMIN, Role.OPERATOR), converter.convertToEntityAttribute("ADMIN, OPERATOR"));
    }
}
