package dev.crm.communication.activities;

public enum CallDirection { INBOUND, OUTBOUND }
