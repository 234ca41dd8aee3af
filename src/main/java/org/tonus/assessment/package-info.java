/**
 * A visit's assessment: the pain drawing with the referred-pain engine's suggestions at the time,
 * palpation findings per trigger point, the NMT elements found per area, posture observations and
 * range of motion next to normal values. Records are kept: a finding entered in error is
 * withdrawn, never deleted.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment")
package org.tonus.assessment;
