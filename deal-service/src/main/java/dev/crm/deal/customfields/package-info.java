/**
 * Deal custom fields. The contact-service owns every custom field definition ({@code /api/custom-fields});
 * the deal-service keeps a replica of the deal ones from {@code custom_field.*} events and checks the
 * values of every deal write against it, by the rule common to both services
 * ({@link dev.crm.common.customfields.CustomFieldCheck}).
 */
package dev.crm.deal.customfields;
