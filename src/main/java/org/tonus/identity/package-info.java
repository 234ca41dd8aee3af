/**
 * Who may use Tonus and what they did: user accounts and their roles, sign-in (password,
 * throttling, optional TOTP second factor, inactivity timeout), personal API tokens, the
 * clinic's security policy and the append-only, hash-chained audit log that every other module
 * writes to through {@link org.tonus.identity.AuditLog}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.tonus.identity;
