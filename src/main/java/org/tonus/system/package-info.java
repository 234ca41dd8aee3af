/**
 * The frame every other module lives in: the embedded database and its recovery, the clinic's
 * profile (name, time zone), the web layout, error pages and problem details, access rules
 * for pages and endpoints, idempotent API requests and the command-line dispatcher. It depends
 * on no other Tonus module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System")
package org.tonus.system;
