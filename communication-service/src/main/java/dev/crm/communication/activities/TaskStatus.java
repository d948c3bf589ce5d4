package dev.crm.communication.activities;

public enum TaskStatus { OPEN, DONE }
