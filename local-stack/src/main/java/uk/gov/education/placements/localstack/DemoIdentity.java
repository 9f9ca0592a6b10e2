package uk.gov.education.placements.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import uk.gov.education.placements.infrastructure.TokenIssuer;

/**
 * Stands in for the gateway's identity provider on a developer's machine: a signing key kept under
 * the data folder (made on first start), its public key for the services, and a token file per
 * demo user, renewed at every start. No service issues tokens.
 */
public final class DemoIdentity {

    public static final String DEMO_SCHOOL_URN = "100000";
    public static final String DEMO_PROVIDER_CODE = "1TZ";

    private final TokenIssuer tokens;
    private final Path signingKey;
    private final Path publicKey;
    private final Map<String, Path> tokenFiles = new LinkedHashMap<>();
    private final String pseudonymKey;

    private DemoIdentity(Path dataDirectory) {
        Path folder = dataDirectory.resolve("identity");
        signingKey = folder.resolve("signing-key.jwk").toAbsolutePath();
        tokens = TokenIssuer.keptIn(signingKey).withLifetime(Duration.ofHours(12));
        publicKey = tokens.writePublicKeyPem(folder.resolve("public.pem")).toAbsolutePath();
        pseudonymKey = pseudonymKey(folder.resolve("pseudonym.key"));
        write(folder, "school-user", tokens.schoolUser("demo-school-user", DEMO_SCHOOL_URN));
        write(folder, "provider-user", tokens.providerUser("demo-provider-user", DEMO_PROVIDER_CODE));
        write(folder, "analyst", tokens.analyst("demo-analyst"));
        write(folder, "support", tokens.support("demo-support-user"));
    }

    public static DemoIdentity in(Path dataDirectory) {
        return new DemoIdentity(dataDirectory);
    }

    public TokenIssuer tokens() {
        return tokens;
    }

    public Path publicKey() {
        return publicKey;
    }

    /**
     * The key of the analysts' email pseudonyms: random, made on first start and kept with the
     * data, so pseudonyms stay stable across restarts and no two stacks share one.
     */
    public String pseudonymKey() {
        return pseudonymKey;
    }

    private static String pseudonymKey(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[32];
                new java.security.SecureRandom().nextBytes(key);
                Files.writeString(file, java.util.HexFormat.of().formatHex(key));
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The private key, for the web gateway's sign-in stand-in, which signs its demo users' tokens with it. */
    public Path signingKey() {
        return signingKey;
    }

    public void printTokens(PrintStream out) {
        out.println("Demo bearer tokens (valid 12 hours, renewed at every start):");
        out.printf("  %-14s %s%n", "school user", tokenFiles.get("school-user") + "   (school " + DEMO_SCHOOL_URN + ")");
        out.printf("  %-14s %s%n", "provider user", tokenFiles.get("provider-user") + "   (provider " + DEMO_PROVIDER_CODE + ")");
        out.printf("  %-14s %s%n", "analyst", tokenFiles.get("analyst"));
        out.printf("  %-14s %s%n", "support user", tokenFiles.get("support"));
    }

    private void write(Path folder, String user, String token) {
        Path file = folder.resolve(user + ".jwt").toAbsolutePath();
        try {
            Files.writeString(file, token);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        tokenFiles.put(user, file);
    }
}
