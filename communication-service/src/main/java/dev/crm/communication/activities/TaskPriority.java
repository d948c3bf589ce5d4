package dev.crm.communication.activities;

public enum TaskPriority { LOW, NORMAL, HIGH }
