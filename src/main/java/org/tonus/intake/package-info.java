/**
 * Getting to know the client before any pressure is applied: the consultation questionnaire (filled
 * in the clinic or from a single-use link sent by e-mail), the contraindication and precaution
 * screen with its default actions, and physicians' prescriptions with the visits they authorise.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake")
package org.tonus.intake;
