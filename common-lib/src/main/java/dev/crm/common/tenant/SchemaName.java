package dev.crm.common.tenant;

import java.util.regex.Pattern;

/**
 * A tenant schema name. Built by the tenant-service from the subdomain and a sequence number, never
 * taken from a request, and checked here before it reaches any SQL.
 */
public final class SchemaName {

    private static final Pattern VALID = Pattern.compile("^[a-z][a-z0-9_]{2,62}$");

    /** The schema a connection points at when no tenant is in context: it does not exist, so no tenant table resolves. */
    public static final String NO_TENANT = "no_tenant_in_context";

    private SchemaName() {}

    public static String requireValid(String schema) {
        if (schema == null || !VALID.matcher(schema).matches() || schema.startsWith("pg_")) {
            throw new IllegalArgumentException("Invalid tenant schema name");
        }
        return schema;
    }

    /** acme-corp + 17 -> acme_corp_17; a subdomain starting with a digit gets a "t_" prefix (42crm -> t_42crm_17). */
    public static String forSubdomain(String subdomain, long number) {
        String base = subdomain.replace('-', '_');
        if (!base.isEmpty() && Character.isDigit(base.charAt(0))) base = "t_" + base;
        return requireValid(base + "_" + number);
    }
}
