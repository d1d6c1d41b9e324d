package dev.fulltime.infrastructure.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** HTTP Basic with the configured users by default; OAuth2 bearer tokens instead with the {@code jwt} profile. */
@Configuration
class CredentialsConfiguration {

    @Configuration
    @Profile("!jwt")
    @EnableConfigurationProperties(ConfiguredUsers.class)
    static class Basic {

        @Bean
        Credentials basicCredentials() {
            return new BasicCredentials();
        }

        @Bean
        UserDetailsService users(ConfiguredUsers users) {
            return users.toUserDetailsService();
        }

        @Bean
        PasswordEncoder passwordEncoder() {
            return new VerifiedPasswords(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        }
    }

    @Configuration
    @Profile("jwt")
    static class Bearer {

        @Bean
        Credentials bearerTokens() {
            return new BearerTokens();
        }
    }
}
