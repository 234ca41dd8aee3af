/**
 * Outcomes: validated measures scored exactly as published (pain NRS, the Patient-Specific
 * Functional Scale, the Perceived Stress Scale…), each with its minimal clinically important
 * difference or minimal detectable change and the source, and the plain verdict on a change
 * between two scores. Instruments are data, so a clinic can add its own licensed one. Questionnaires
 * are assigned on a schedule and answered through single-use links; ratings, pressure-pain
 * thresholds, ranges of motion and pain extent are shown as trends; progress reports are signed as
 * PDFs and e-mailed; the owner sees the clinic's outcomes without names.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outcomes")
package org.tonus.outcomes;
