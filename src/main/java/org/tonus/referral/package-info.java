/**
 * The referred-pain engine: a pain drawing in, muscles ranked by how well their trigger points'
 * referral patterns explain it out, each with the regions it explains and those it does not, and
 * the fewest muscles that together explain the drawing. Deterministic plain Java, documented in
 * {@code referral/README.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Referral", allowedDependencies = "knowledge")
package org.tonus.referral;
