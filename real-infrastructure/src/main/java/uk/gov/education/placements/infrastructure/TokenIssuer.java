package uk.gov.education.placements.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Signs bearer tokens the way the gateway's identity provider would, for tests and for the local
 * stack's demo users. It is not part of any service: no endpoint issues tokens. The services only
 * see its public key.
 */
public final class TokenIssuer {

    public static final String ISSUER = "https://identity.manage-school-placements.local";
    public static final String AUDIENCE = "manage-school-placements";

    private final RSAKey key;
    private final Duration lifetime;

    private TokenIssuer(RSAKey key, Duration lifetime) {
        this.key = key;
        this.lifetime = lifetime;
    }

    private TokenIssuer(RSAKey key) {
        this(key, Duration.ofHours(1));
    }

    /** The same key, issuing tokens valid for the given time. */
    public TokenIssuer withLifetime(Duration tokenLifetime) {
        return new TokenIssuer(key, tokenLifetime);
    }

    public static TokenIssuer generate() {
        try {
            return new TokenIssuer(new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key pair kept in the given file (a private JWK), created on first use. */
    public static TokenIssuer keptIn(Path privateJwk) {
        try {
            if (Files.exists(privateJwk)) {
                return new TokenIssuer(RSAKey.parse(Files.readString(privateJwk)));
            }
            TokenIssuer issuer = generate();
            Files.createDirectories(privateJwk.getParent());
            createOwnerOnly(privateJwk);
            Files.writeString(privateJwk, issuer.key.toJSONString());
            return issuer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("Not a JWK: " + privateJwk, e);
        }
    }

    /** A private key is nobody else's business, even a demo one: readable by its owner from the start. */
    private static void createOwnerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
    }

    /** Writes the public key as PEM, for the services' {@code spring.security.oauth2.resourceserver.jwt.public-key-location}. */
    public Path writePublicKeyPem(Path file) {
        try {
            String base64 = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(key.toRSAPublicKey().getEncoded());
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n" + base64 + "\n-----END PUBLIC KEY-----\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public String schoolUser(String userId, String... urns) {
        return sign(claims(userId).claim("schools", List.of(urns)).build());
    }

    public String providerUser(String userId, String... providerCodes) {
        return sign(claims(userId).claim("providers", List.of(providerCodes)).build());
    }

    public String analyst(String userId) {
        return sign(claims(userId).claim("role", "analyst").build());
    }

    public String support(String userId) {
        return sign(claims(userId).claim("role", "support").build());
    }

    /** Claims valid for this issuer's token lifetime, for its issuer and audience, without any organisation or role. */
    public JWTClaimsSet.Builder claims(String userId) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(userId)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString());
    }

    public String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
