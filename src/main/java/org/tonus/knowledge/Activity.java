package org.tonus.knowledge;

/** An activity or habit the intake records and trigger points are known to be activated by. */
public record Activity(String id, String name) {
}
