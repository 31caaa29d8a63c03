package fr.cress.relais.app;

import java.util.HashSet;
import java.util.Set;

/**
 * Recognises the arguments of a plain window start, in the form the window reads them: {@code --data-dir DIR} (or
 * {@code --data-dir=DIR}), {@code --demo}, {@code --store=ADDRESS}, {@code --user=USER}, each at most once and
 * with a value that is not an option. Anything else (a command, {@code --help}, a doubtful value) goes through the
 * command line parser, which explains or refuses it.
 */
final class WindowArgs {

    private WindowArgs() {
    }

    static boolean plain(String[] args) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (!seen.add(name)) {
                return false;
            }
            if (arg.equals("--data-dir")) {
                if (i + 1 >= args.length || !usable(args[++i])) {
                    return false;
                }
            } else if (!arg.equals("--demo") && !withValue(arg)) {
                return false;
            }
        }
        return true;
    }

    private static boolean withValue(String arg) {
        for (String option : new String[] {"--data-dir=", "--store=", "--user="}) {
            if (arg.startsWith(option)) {
                return usable(arg.substring(option.length()));
            }
        }
        return false;
    }

    private static boolean usable(String value) {
        return !value.isBlank() && !value.startsWith("-") && value.chars().noneMatch(Character::isISOControl);
    }
}
