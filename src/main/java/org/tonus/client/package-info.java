/**
 * Client records: demographics, contacts, emergency contact, consent and notes; every edit kept
 * as a version, no deletion (archive with a reason). Also the client's chart frame: its header,
 * the timeline other modules add to, and the panels they contribute through {@link ChartContributor}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Clients")
package org.tonus.client;
