/**
 * Outcomes: validated measures scored exactly as published (pain NRS, the Patient-Specific
 * Functional Scale, the Perceived Stress Scale…), each with its minimal clinically important
 * difference or minimal detectable change and the source, and the plain verdict on a change
 * between two scores. Instruments are data, so a clinic can add its own licensed one.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outcomes")
package org.tonus.outcomes;
