/**
 * Home-care programs: self-stretches and post-isometric relaxation routines and self-pressure for
 * the muscles actually treated, ergonomic advice for the activities that keep their trigger points
 * going, and how often; edited by the therapist, sent by e-mail as a secret link, shown to the
 * client on a page and as a PDF with the muscles marked on our body map, and adherence recorded at
 * the next visit.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Home care")
package org.tonus.homecare;
