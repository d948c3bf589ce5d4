/**
 * Lists of records (contacts, companies): free-text search ranked exact, then prefix, then near
 * words; filters on owner, dates, tags and custom fields; whitelisted sorts; keyset cursors that
 * remember the sort they belong to. Features describe their table and fields in a {@link
 * dev.crm.contact.search.RecordTable}; {@link dev.crm.contact.search.RecordFinder} runs the query
 * and answers ids in order, which the feature loads and shows. ADR 11 explains the design.
 */
package dev.crm.contact.search;
