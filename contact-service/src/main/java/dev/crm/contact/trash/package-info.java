/**
 * The trash's end: records deleted longer ago than their organization's retention
 * ({@code trash_retention_days} in the registry, 30 by default, set in Settings -> Organization) are
 * purged for good.
 */
package dev.crm.contact.trash;
