package dev.fulltime.infrastructure.security;

import static dev.fulltime.infrastructure.security.AuthProblems.assertForbidden;
import static dev.fulltime.infrastructure.security.AuthProblems.assertUnauthorized;
import static dev.fulltime.infrastructure.security.AuthProblems.storedEvents;
import static dev.fulltime.infrastructure.support.MatchApi.fact;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.fulltime.infrastructure.support.ApiClient;
import dev.fulltime.infrastructure.support.ApiClient.Answer;
import dev.fulltime.infrastructure.support.MatchApi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The {@code jwt} profile over real HTTP: the app verifies bearer tokens against an RSA public key (PEM) named by
 * {@code public-key-location}, as an operator configures it; the tests sign real tokens with the private key.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "jwt"})
class JwtProfileHttpTest {

    private static final KeyPair ISSUER = rsaKeyPair();
    private static final Map<String, Object> KICK_OFF = fact("PERIOD_STARTED", "period", "FIRST_HALF");

    @LocalServerPort
    int port;

    private ApiClient admin;
    private ApiClient anonymous;
    private String matchId;

    @DynamicPropertySource
    static void issuerPublicKey(DynamicPropertyRegistry properties) throws IOException {
        Path pem = Files.createTempFile("fulltime-jwt", ".pem");
        pem.toFile().deleteOnExit();
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(ISSUER.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        properties.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + pem);
    }

    @BeforeEach
    void aMatch() {
        anonymous = new ApiClient(port).anonymous();
        admin = anonymous.bearer(signed(ISSUER, "olivia", List.of("ADMIN"), Instant.now().plusSeconds(600)));
        matchId = new MatchApi(admin).create("Real Madrid", "Liverpool FC");
    }

    @Test
    void aScorerTokenRecordsToTheMatchAssignedToItAndIsNamedInTheLog() {
        ApiClient carla = anonymous.bearer(signed(ISSUER, "carla", List.of("SCORER"), Instant.now().plusSeconds(600)));
        assertThat(assertForbidden(carla.post(events(), KICK_OFF))).contains("carla is not assigned");

        assertThat(admin.put("/api/matches/" + matchId + "/scorers/carla").status()).isEqualTo(204);
        Answer recorded = carla.post(events(), KICK_OFF);

        assertThat(recorded.status()).as(recorded.body().toString()).isEqualTo(201);
        var log = anonymous.get(events()).body().get("events");
        assertThat(log.get(0).get("recordedBy").asText()).isEqualTo("olivia");
        assertThat(log.get(1).get("recordedBy").asText()).isEqualTo("carla");
        assertForbidden(carla.post("/api/matches", Map.of("homeTeam", "A", "awayTeam", "B")));
    }

    @Test
    void anUnsignedExpiredOrForeignTokenIsAnsweredUnauthorized() {
        Instant later = Instant.now().plusSeconds(600);
        String unsigned = new PlainJWT(claims("olivia", List.of("ADMIN"), later)).serialize();
        String expired = signed(ISSUER, "olivia", List.of("ADMIN"), Instant.now().minus(Duration.ofHours(1)));
        String foreign = signed(rsaKeyPair(), "olivia", List.of("ADMIN"), later);

        for (String token : List.of(unsigned, expired, foreign, "not.a.token", "%%%")) {
            assertUnauthorized(anonymous.bearer(token).post(events(), KICK_OFF), "Bearer");
        }
        assertThat(assertUnauthorized(anonymous.bearer(expired).post(events(), KICK_OFF), "Bearer"))
                .containsIgnoringCase("expired");
        assertThat(storedEvents(anonymous, matchId)).isEqualTo(1);
    }

    @Test
    void withoutATokenWritesNeedOneAndBasicCredentialsAreNotAccepted() {
        assertThat(assertUnauthorized(anonymous.post(events(), KICK_OFF), "Bearer")).contains("bearer token");
        assertUnauthorized(new ApiClient(port).post(events(), KICK_OFF), "Bearer");
        assertThat(anonymous.get("/api/matches").status()).isEqualTo(200);
        assertThat(storedEvents(anonymous, matchId)).isEqualTo(1);
    }

    private String events() {
        return "/api/matches/" + matchId + "/events";
    }

    private static String signed(KeyPair signer, String subject, List<String> roles, Instant expiry) {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims(subject, roles, expiry));
        try {
            jwt.sign(new RSASSASigner(signer.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static JWTClaimsSet claims(String subject, List<String> roles, Instant expiry) {
        return new JWTClaimsSet.Builder()
                .subject(subject)
                .claim("roles", roles)
                .issueTime(Date.from(expiry.minus(Duration.ofHours(2))))
                .expirationTime(Date.from(expiry))
                .build();
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
