package fr.cress.relais.partners.importing;

import fr.cress.relais.common.i18n.I18n;

import java.util.List;

/** One reason given for a row of the preview: an i18n key of the partners bundle and its arguments. */
public record ImportNote(String key, List<Object> args) {

    public ImportNote {
        args = List.copyOf(args);
    }

    public static ImportNote of(String key, Object... args) {
        return new ImportNote(key, List.of(args));
    }

    public String text(I18n i18n) {
        return i18n.t(key, args.toArray());
    }
}
