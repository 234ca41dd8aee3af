package org.tonus.client;

import java.util.List;

/** One page of results; {@code hasNext} says whether another page follows. */
public record ResultPage<T>(List<T> items, int page, int size, boolean hasNext) {
}
