package dev.fulltime;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The fulltime service. It sits in the root package so that the application module's components, entities and
 * repositories are found beside the infrastructure's, without an explicit scan that would hide Axon's own entities.
 */
@SpringBootApplication
public class FulltimeApplication {

    public static void main(String[] args) {
        SpringApplication.run(FulltimeApplication.class, args);
    }
}
