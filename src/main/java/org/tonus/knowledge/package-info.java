/**
 * The curated trigger-point knowledge base: the body-region vocabulary, muscles with their
 * trigger points and referral zones, activities, self-care routines and the works every fact
 * cites. Loaded once from the data files under {@code src/main/resources/knowledge/} and
 * validated as it loads. Plain Java: no Spring, no database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Knowledge")
package org.tonus.knowledge;
