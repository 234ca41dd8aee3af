package org.tonus.knowledge;

import java.util.List;

/**
 * An activity or habit the intake records and trigger points are known to be activated by, with
 * advice (in our words, with its sources) for a client whose trigger points it keeps going.
 */
public record Activity(String id, String name, String advice, List<Citation> citations) {
}
