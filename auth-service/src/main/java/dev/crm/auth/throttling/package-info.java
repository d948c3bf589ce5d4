/**
 * Limits on attempts that cost the service dear or guess at secrets (sign-in, reset links, invitations):
 * an attempt is spent before the work it pays for, in one atomic step, in Redis so that every replica
 * shares the count, and in memory when Redis is absent or failing.
 */
package dev.crm.auth.throttling;
