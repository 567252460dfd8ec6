package fr.mssante.advisor.extract;

import java.util.Arrays;
import java.util.List;

/**
 * A column of a {@code |}-separated extract, found by its header name: the name the specification
 * gives, and the other spellings seen from year to year, all compared once {@link Header#normalise
 * normalised}.
 *
 * @param name    the column's name as published (what an error message shows)
 * @param keys    normalised forms of the name and its aliases
 */
record Column(String name, List<String> keys) {

    static Column of(String name, String... aliases) {
        List<String> keys = new java.util.ArrayList<>();
        keys.add(Header.normalise(name));
        Arrays.stream(aliases).map(Header::normalise).forEach(keys::add);
        return new Column(name, List.copyOf(keys));
    }
}
