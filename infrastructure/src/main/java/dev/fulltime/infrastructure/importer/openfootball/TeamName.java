package dev.fulltime.infrastructure.importer.openfootball;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A team name as a match line writes it, without the country code that newer files append: "Liverpool FC (ENG)"
 * becomes "Liverpool FC". A name that still holds brackets, a score, a venue or a column gap is not a name but
 * a line read wrongly, and is refused.
 */
final class TeamName {

    private static final Pattern COUNTRY_CODE = Pattern.compile("\\s*\\([A-Z]{3}\\)$");
    private static final Pattern NOT_A_NAME = Pattern.compile(".*(?:[()\\[\\]@;]|\\s{2}|\\d-\\d).*");

    private TeamName() {
    }

    static Optional<String> of(String written) {
        String name = COUNTRY_CODE.matcher(written.strip()).replaceFirst("");
        return name.isEmpty() || NOT_A_NAME.matcher(name).matches() ? Optional.empty() : Optional.of(name);
    }
}
