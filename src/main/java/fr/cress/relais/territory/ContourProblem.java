package fr.cress.relais.territory;

/**
 * One feature of a contour file that cannot be used: an i18n key and its arguments. Collected while reading
 * so that the user sees every problem of the file at once.
 */
final class ContourProblem extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    ContourProblem(String key, Object... args) {
        super(key, null, false, false);
        this.key = key;
        this.args = args.clone();
    }

    String key() {
        return key;
    }

    Object[] args() {
        return args.clone();
    }
}
