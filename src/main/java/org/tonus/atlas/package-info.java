/**
 * The knowledge base and the referred-pain engine for people and programs: the interactive body
 * map that ranks candidate muscles as marks are drawn, the muscle atlas, and the referred-pain
 * API. Owns the body-map artwork (our own schematic drawing, one shape per region and side).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Atlas")
package org.tonus.atlas;
