package dev.fulltime.application.admin;

/** A rebuild was asked for while another one was still resetting the processors. */
public class RebuildInProgressException extends RuntimeException {

    RebuildInProgressException() {
        super("a rebuild of the read models is already under way; wait for it to answer and try again");
    }
}
