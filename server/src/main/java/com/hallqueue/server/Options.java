package com.hallqueue.server;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A command's options, each {@code --name value}: read once for every command, so each one
 * says only which options it knows and what they mean. An option given twice counts as given
 * last, as shells and most commands have it.
 */
final class Options {

    private final Map<String, String> given;

    private Options(Map<String, String> given) {
        this.given = given;
    }

    /** The options after the command's name ({@code args[0]}); any other option is a usage error. */
    static Options read(String[] args, String... known) {
        Map<String, String> given = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String option = args[i];
            String value = i + 1 < args.length ? args[++i] : null;
            if (value == null) {
                throw new UsageException(option + ": needs a value");
            }
            if (!List.of(known).contains(option)) {
                throw new UsageException("unknown option " + option);
            }
            given.put(option, value);
        }
        return new Options(given);
    }

    /** The value given, or null. */
    String text(String option) {
        return given.get(option);
    }

    /** The path given, or null. */
    Path path(String option) {
        String value = given.get(option);
        return value == null ? null : Path.of(value);
    }

    /** A whole number from {@code min} to {@code max}, or {@code otherwise} when not given. */
    long number(String option, long otherwise, long min, long max) {
        String value = given.get(option);
        if (value == null) {
            return otherwise;
        }
        try {
            long n = Long.parseLong(value);
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(option + ": must be a whole number from " + min + " to " + max
                    + ", got \"" + value + "\"");
        }
    }
}
