package org.tonus.client;

public enum PreferredContact {

	EMAIL, PHONE, SMS, POST

}
