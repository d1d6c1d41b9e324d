package dev.fulltime.application.importing;

/** A played match whose facts cannot be laid out from what the source gives, without inventing some. */
class IncompleteMatch extends RuntimeException {

    IncompleteMatch(String detail) {
        super(detail);
    }
}
