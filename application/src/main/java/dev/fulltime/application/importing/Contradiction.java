package dev.fulltime.application.importing;

/** Something the source says of a match that cannot be true together with the rest of what it says. */
class Contradiction extends RuntimeException {

    Contradiction(String detail) {
        super(detail);
    }
}
