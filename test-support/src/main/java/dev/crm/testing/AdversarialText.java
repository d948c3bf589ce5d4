package dev.crm.testing;

import java.util.function.Supplier;

/**
 * Values of about 1 MB (the request body cap) shaped to make a backtracking regex or a naive parser work
 * hard, and a stopwatch that prints how long an answer took (unit tests print times, they do not assert them).
 */
public final class AdversarialText {

    /** 4 KB under 1 MB, so that a request carrying the value stays under the body cap. */
    public static final int SIZE = (1 << 20) - 4096;

    private AdversarialText() {}

    /** {@code prefix}, then {@code unit} repeated to make the value about 1 MB, then {@code suffix}. */
    public static String of(String prefix, String unit, String suffix) {
        return prefix + unit.repeat((SIZE - prefix.length() - suffix.length()) / unit.length()) + suffix;
    }

    /** Email-shaped: {@code a@....@}, {@code a@a.a.a...@}, a run of {@code @}, a huge local part. */
    public static String[] emails() {
        return new String[] {of("a@", ".", "@"), of("a@", "a.", "@"), of("", "@", ""), of("", "a", "@x.io"), of("a@", "a", ".io "),
                of("", " ", "a@b.c")};
    }

    /** Phone-shaped: nested parentheses, runs of separators and spaces before a bad extension. */
    public static String[] phones() {
        return new String[] {of("", "(", "1"), of("+(1", "(", ")"), of("1", " ", "x"), of("1", "-", "!"), of("", "1", "x"),
                of(" ", " ", "+"), of("1", " 1", " ext 1234567")};
    }

    /** The value {@code answer} gives, printing how long it took under {@code name}. */
    public static <T> T timed(String name, Supplier<T> answer) {
        long start = System.nanoTime();
        T result = answer.get();
        System.out.printf("%-50s %6d ms%n", name, (System.nanoTime() - start) / 1_000_000);
        return result;
    }
}
