package dev.fulltime.infrastructure.importer.openfootball;

/** The round a match line belongs to: a normalised name and, when the file names it, the leg. */
record Round(String name, Integer leg) {

    static final String GROUP_STAGE = "Group stage";
    static final String LEAGUE_PHASE = "League phase";

    static boolean isKnockout(String roundName) {
        return !roundName.startsWith("Group") && !roundName.equals(LEAGUE_PHASE);
    }
}
