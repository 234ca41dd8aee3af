/**
 * SOAP notes: drafts saved on the server while the therapist types, signing that makes a note
 * immutable, amendments as new versions that point at what they amend (with a reason), the note
 * on the client's timeline, and the note as a PDF on the clinic's letterhead.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Charting")
package org.tonus.charting;
