package org.tonus.scheduling;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Links clients receive by e-mail (manage a booking, claim a waitlist offer): the record's id and an
 * HMAC-SHA-256 over it and the link's purpose, with the clinic's key. Nothing is stored per link; a
 * changed character fails the check. Whether the link is still good (the visit not yet begun, the
 * offer not yet claimed) is for the caller to decide from the record.
 */
@Component
class SignedLinks {

	enum Purpose {

		MANAGE, OFFER

	}

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private final BookingPolicies policies;

	private volatile byte[] key;

	SignedLinks(BookingPolicies policies) {
		this.policies = policies;
	}

	String sign(Purpose purpose, UUID id) {
		ByteBuffer bytes = ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
		return ENCODER.encodeToString(bytes.array()) + "." + ENCODER.encodeToString(mac(purpose, id));
	}

	Optional<UUID> verify(Purpose purpose, String token) {
		if (token == null || token.length() > 80) {
			return Optional.empty();
		}
		int dot = token.indexOf('.');
		if (dot < 0) {
			return Optional.empty();
		}
		try {
			ByteBuffer bytes = ByteBuffer.wrap(Base64.getUrlDecoder().decode(token.substring(0, dot)));
			if (bytes.remaining() != 16) {
				return Optional.empty();
			}
			UUID id = new UUID(bytes.getLong(), bytes.getLong());
			byte[] given = Base64.getUrlDecoder().decode(token.substring(dot + 1));
			return MessageDigest.isEqual(given, mac(purpose, id)) ? Optional.of(id) : Optional.empty();
		}
		catch (IllegalArgumentException malformed) {
			return Optional.empty();
		}
	}

	private byte[] mac(Purpose purpose, UUID id) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(), "HmacSHA256"));
			byte[] full = mac.doFinal((purpose.name() + ":" + id).getBytes(StandardCharsets.UTF_8));
			return java.util.Arrays.copyOf(full, 18);
		}
		catch (GeneralSecurityException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	private byte[] key() {
		byte[] known = key;
		if (known == null) {
			known = policies.linkKey();
			key = known;
		}
		return known;
	}

}
