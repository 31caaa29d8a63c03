package fr.cress.relais.territory;

import fr.cress.relais.common.i18n.Labelled;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a partner offers to people who want to create a social-economy business. Keys are short lowercase
 * French slugs used on the command line, in files and in the store ({@code offer.service_key},
 * {@code holder_need.need_key}).
 */
public enum ServiceKind implements Labelled {
    ACCUEIL("accueil", ServiceFamily.ACCOMPAGNEMENT),
    EMERGENCE("accompagnement-emergence", ServiceFamily.ACCOMPAGNEMENT),
    CREATION("accompagnement-creation", ServiceFamily.ACCOMPAGNEMENT),
    POST_CREATION("suivi-post-creation", ServiceFamily.ACCOMPAGNEMENT),
    STATUTS("statuts", ServiceFamily.ACCOMPAGNEMENT),
    PRET_HONNEUR("pret-honneur", ServiceFamily.FINANCEMENT),
    GARANTIE("garantie", ServiceFamily.FINANCEMENT),
    MICROCREDIT("microcredit", ServiceFamily.FINANCEMENT),
    SUBVENTION("subvention", ServiceFamily.FINANCEMENT),
    FONDS_PROPRES("fonds-propres", ServiceFamily.FINANCEMENT),
    FORMATION("formation", ServiceFamily.FORMATION),
    PEPINIERE("pepiniere", ServiceFamily.HEBERGEMENT),
    COUVEUSE("couveuse", ServiceFamily.HEBERGEMENT),
    CAE("cae", ServiceFamily.HEBERGEMENT);

    private final String key;
    private final ServiceFamily family;

    ServiceKind(String key, ServiceFamily family) {
        this.key = key;
        this.family = family;
    }

    public String key() {
        return key;
    }

    public ServiceFamily family() {
        return family;
    }

    @Override
    public String labelKey() {
        return "territory.service." + key;
    }

    public static Optional<ServiceKind> byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }

    /**
     * The services a key stands for: one service, or every service of a family ({@code financement}).
     * Empty when the key is unknown.
     */
    public static Set<ServiceKind> resolve(String key) {
        if (key == null) {
            return Set.of();
        }
        String k = key.strip().toLowerCase(Locale.ROOT);
        Set<ServiceKind> result = EnumSet.noneOf(ServiceKind.class);
        for (ServiceKind s : values()) {
            if (s.key.equals(k) || s.family.key().equals(k)) {
                result.add(s);
            }
        }
        return result;
    }
}
