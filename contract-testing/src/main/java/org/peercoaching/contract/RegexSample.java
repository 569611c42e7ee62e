package org.peercoaching.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Makes a string that a (simple) regular expression finds, for the patterns OpenAPI documents carry: literals,
 * escapes ({@code \d \w \s \S \.}), classes with ranges and negation, groups with alternation, and the quantifiers
 * {@code ? * + {n} {n,} {n,m}}. Anything it cannot read gives {@code null}; callers check the result with
 * {@link Pattern} anyway.
 */
final class RegexSample {

    private static final String PRINTABLE = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private final String regex;
    private final Random random;
    private int at;

    private RegexSample(String regex, Random random) {
        this.regex = regex;
        this.random = random;
    }

    /** A string the pattern finds, or null if this simple reader could not make one. */
    static String of(String regex, Random random) {
        try {
            String sample = new RegexSample(regex, random).alternation();
            return Pattern.compile(regex).matcher(sample).find() ? sample : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private String alternation() {
        List<String> options = new ArrayList<>();
        options.add(sequence());
        while (at < regex.length() && regex.charAt(at) == '|') {
            at++;
            options.add(sequence());
        }
        return options.get(random.nextInt(options.size()));
    }

    private String sequence() {
        StringBuilder out = new StringBuilder();
        while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
            char c = regex.charAt(at);
            if (c == '^' || c == '$') {
                at++;
                continue;
            }
            Atom atom = atom();
            int[] times = quantifier();
            int n = times[0] + (times[1] > times[0] ? random.nextInt(times[1] - times[0] + 1) : 0);
            for (int i = 0; i < n; i++) {
                out.append(atom.sample());
            }
        }
        return out.toString();
    }

    private interface Atom {
        String sample();
    }

    private Atom atom() {
        char c = regex.charAt(at++);
        switch (c) {
            case '(' -> {
                if (regex.startsWith("?:", at)) {
                    at += 2;
                }
                int start = at;
                alternation(); // find where the group ends
                int end = at;
                at++; // ')'
                String group = regex.substring(start, end);
                return () -> new RegexSample(group, random).alternation();
            }
            case '[' -> {
                String set = charClass();
                return () -> String.valueOf(set.charAt(random.nextInt(set.length())));
            }
            case '\\' -> {
                String set = escape(regex.charAt(at++));
                return () -> String.valueOf(set.charAt(random.nextInt(set.length())));
            }
            case '.' -> {
                return () -> String.valueOf(PRINTABLE.charAt(random.nextInt(PRINTABLE.length())));
            }
            default -> {
                return () -> String.valueOf(c);
            }
        }
    }

    private static String escape(char c) {
        return switch (c) {
            case 'd' -> "0123456789";
            case 'w' -> PRINTABLE + "_";
            case 's' -> " ";
            case 'S', 'D' -> "abcXYZ";
            case 'W' -> "-!.";
            default -> String.valueOf(c);
        };
    }

    /** The characters of a [...] class (after the '['), as a string to pick from. */
    private String charClass() {
        boolean negated = regex.charAt(at) == '^';
        if (negated) {
            at++;
        }
        StringBuilder set = new StringBuilder();
        boolean first = true;
        while (first || regex.charAt(at) != ']') {
            first = false;
            char c = regex.charAt(at++);
            if (c == '\\') {
                set.append(escape(regex.charAt(at++)));
                continue;
            }
            if (at + 1 < regex.length() && regex.charAt(at) == '-' && regex.charAt(at + 1) != ']') {
                char to = regex.charAt(at + 1);
                at += 2;
                for (char x = c; x <= to; x++) {
                    set.append(x);
                }
                continue;
            }
            set.append(c);
        }
        at++; // ']'
        if (!negated) {
            return set.toString();
        }
        StringBuilder others = new StringBuilder();
        for (char x : PRINTABLE.toCharArray()) {
            if (set.indexOf(String.valueOf(x)) < 0) {
                others.append(x);
            }
        }
        return others.toString();
    }

    /** {min, max} repetitions; unbounded ones are kept short. */
    private int[] quantifier() {
        if (at >= regex.length()) {
            return new int[] {1, 1};
        }
        char c = regex.charAt(at);
        int[] times = switch (c) {
            case '?' -> new int[] {0, 1};
            case '*' -> new int[] {0, 3};
            case '+' -> new int[] {1, 4};
            case '{' -> {
                int close = regex.indexOf('}', at);
                String[] parts = regex.substring(at + 1, close).split(",", -1);
                int min = Integer.parseInt(parts[0].trim());
                int max = parts.length == 1 ? min : parts[1].isBlank() ? min + 3 : Integer.parseInt(parts[1].trim());
                at = close;
                yield new int[] {min, max};
            }
            default -> null;
        };
        if (times == null) {
            return new int[] {1, 1};
        }
        at++;
        if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
            at++; // lazy or possessive: the same strings
        }
        return times;
    }
}
