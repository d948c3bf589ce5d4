/**
 * CSV export of contacts: every live contact matching the list's filters, streamed from the database
 * with a cursor (constant memory at any size), written with the headers the importer maps
 * automatically (its "CRM" preset) and formula cells protected, so an export imports back unchanged.
 */
package dev.crm.contact.exporting;
