package dev.crm.communication.settings;

/** What follows a won deal: nothing, a task for its owner, or that task and a templated email to its contact. */
public enum WonDealFollowUp {
    NONE,
    TASK,
    TASK_AND_EMAIL
}
