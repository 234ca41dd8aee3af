package org.tonus.referral;

import java.util.List;

/** The engine's answer: ranked candidates (best first) and the smallest set that explains the drawing. */
public record Analysis(List<Candidate> candidates, List<MuscleSide> cover) {
}
