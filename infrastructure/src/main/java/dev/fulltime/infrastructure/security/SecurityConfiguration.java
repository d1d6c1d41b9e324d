package dev.fulltime.infrastructure.security;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may do what over HTTP. Reads are public, except the admin endpoints and the actuator's beyond health, info and
 * metrics; recording facts needs ADMIN, or SCORER and an assignment to the match; every other write needs ADMIN.
 * Stateless: the credentials come with every request ({@link Credentials} says which kind), no session, no cookie,
 * hence no CSRF token.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    static final String ADMIN = "ADMIN";
    static final String SCORER = "SCORER";

    @Bean
    SecurityFilterChain api(HttpSecurity http, Credentials credentials, SecurityProblems problems,
                            MatchScorerAuthorization matchScorer) throws Exception {
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .exceptionHandling(refusals -> refusals
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .authorizeHttpRequests(requests -> requests
                        // the request itself was authorized already; these dispatches only finish it
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC).permitAll()
                        .requestMatchers("/api/admin/**").hasRole(ADMIN)
                        .requestMatchers(EndpointRequest.to("health", "info", "prometheus")).permitAll()
                        .requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole(ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/matches/{matchId}/events").access(matchScorer)
                        .requestMatchers(HttpMethod.GET).permitAll()
                        .requestMatchers(HttpMethod.HEAD).permitAll()
                        .anyRequest().hasRole(ADMIN));
        credentials.enable(http, problems);
        return http.build();
    }
}
