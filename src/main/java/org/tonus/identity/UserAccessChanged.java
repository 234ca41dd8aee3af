package org.tonus.identity;

/** A user's roles, password or active state changed: their open sessions must not outlive it. */
public record UserAccessChanged(UserId userId) {
}
