package org.tonus.assessment;

/** Active trigger points cause the client's pain; latent ones are tender but do not (Delphi consensus 2018). */
public enum TriggerPointState {

	ACTIVE, LATENT

}
