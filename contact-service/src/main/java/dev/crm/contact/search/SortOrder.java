package dev.crm.contact.search;

/**
 * A whitelisted order of a list: a column expression and a direction; ties break on the id in the
 * same direction. Empty values sort as PostgreSQL sorts nulls (last going up, first going down), so
 * one index serves both directions, and the keyset condition below follows the same rule.
 */
record SortOrder(String name, RecordTable.Column column, boolean descending) {

    /** How the client names it: {@code lastName} or {@code -lastName}; cursors carry it. */
    String label() {
        return (descending ? "-" : "") + name;
    }

    String orderBy() {
        String direction = descending ? " desc" : " asc";
        return column.expression().equals("t.id") ? "t.id" + direction : column.expression() + direction + ", t.id" + direction;
    }

    /** The rows after the cursor's row: {@code :cursorValue} and {@code :cursorId} are bound by the caller. */
    String after(boolean cursorValueIsNull) {
        String e = column.expression();
        String comparison = descending ? "<" : ">";
        if (e.equals("t.id")) return "t.id " + comparison + " cast(:cursorId as uuid)";
        String row = "(" + e + ", t.id) " + comparison + " (cast(:cursorValue as " + column.sqlType() + "), cast(:cursorId as uuid))";
        if (!column.nullable()) return row;
        if (descending) return cursorValueIsNull ? "(" + e + " is not null or t.id < cast(:cursorId as uuid))" : row;
        return cursorValueIsNull ? "(" + e + " is null and t.id > cast(:cursorId as uuid))" : "(" + row + " or " + e + " is null)";
    }
}
