/**
 * Treatment: the plan (problems, measurable goals, target trigger points and techniques, a visit
 * frequency that steps down or back up, re-evaluation), and the session runner's record of every
 * technique applied with its dose, enforcing the contraindication screen (blocked, or an explicit,
 * audited override). A finished session drafts its SOAP note.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Treatment")
package org.tonus.treatment;
