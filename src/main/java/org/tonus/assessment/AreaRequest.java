package org.tonus.assessment;

/** An NMT element as entered: {@code place} is a body-map key ("neck-side|right" or "sternum"). */
public record AreaRequest(String place, String element, String entrapment, String note) {
}
