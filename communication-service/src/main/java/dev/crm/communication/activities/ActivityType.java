package dev.crm.communication.activities;

/** What an activity records; each type has fields of its own (ADR 16). */
public enum ActivityType { EMAIL, CALL, MEETING, NOTE, TASK }
