/**
 * CSV import of contacts as a job: the upload is streamed to a temporary file, its encoding and
 * delimiter are detected, its columns mapped to contact fields (automatically for HubSpot,
 * Salesforce, Pipedrive and our own exports, or as the client says), and its rows upserted by email
 * in batches on a bounded background pool, with progress, a dry run and an error file of rejected
 * rows. Rows go through the contact book's own rules and history ({@code ContactImports}).
 */
package dev.crm.contact.importing;
