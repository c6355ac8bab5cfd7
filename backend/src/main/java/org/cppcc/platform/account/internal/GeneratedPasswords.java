package org.cppcc.platform.account.internal;

import java.security.SecureRandom;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Initial passwords the platform makes up for imported accounts. Twelve characters drawn from 54 unambiguous
 * letters and digits carry about 69 bits of randomness; bcrypt's work factor exists to slow the guessing of
 * passwords people choose, which these are not, so they are hashed at the lowest cost (a thousand accounts in about
 * a second instead of a minute). The first successful login re-hashes at the configured strength.
 */
final class GeneratedPasswords {

    private static final String LETTERS = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final String ALPHABET = LETTERS + DIGITS;
    private static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    static final PasswordEncoder ENCODER = new BCryptPasswordEncoder(4);

    private GeneratedPasswords() {}

    /** Always holds a letter and a digit (the password policy), never the username (it is random). */
    static String next() {
        char[] password = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            password[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        password[RANDOM.nextInt(LENGTH / 2)] = LETTERS.charAt(RANDOM.nextInt(LETTERS.length()));
        password[LENGTH / 2 + RANDOM.nextInt(LENGTH / 2)] = DIGITS.charAt(RANDOM.nextInt(DIGITS.length()));
        return new String(password);
    }
}
