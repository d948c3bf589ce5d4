package dev.crm.contact.importing;

/**
 * Formula injection: a spreadsheet runs a cell that starts with {@code = + - @}, tab or carriage
 * return. Exports put a {@code '} before such a cell; imports take exactly that one {@code '} away
 * again, so "+1 555 0100" survives a round trip.
 */
public final class CsvCells {

    private CsvCells() {}

    public static String protect(String cell) {
        return cell != null && startsLikeFormula(cell, 0) ? "'" + cell : cell;
    }

    public static String unprotect(String cell) {
        return cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && startsLikeFormula(cell, 1) ? cell.substring(1) : cell;
    }

    private static boolean startsLikeFormula(String cell, int at) {
        if (cell.length() <= at) return false;
        char c = cell.charAt(at);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
