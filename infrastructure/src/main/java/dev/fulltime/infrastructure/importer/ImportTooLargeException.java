package dev.fulltime.infrastructure.importer;

/** A file to import is larger than {@link ImportBody#MAX_BYTES} (413). */
class ImportTooLargeException extends RuntimeException {

    ImportTooLargeException() {
        super("the file is larger than " + ImportBody.MAX_BYTES / ImportBody.MEGABYTE
                + " MB; import a season at a time");
    }
}
