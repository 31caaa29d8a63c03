package fr.cress.relais.partners.ui;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.partners.ConsentBasis;
import fr.cress.relais.partners.Contact;
import fr.cress.relais.partners.LegalForm;
import fr.cress.relais.partners.Organisation;
import fr.cress.relais.partners.OrganisationKind;
import fr.cress.relais.partners.Texts;
import javafx.collections.ListChangeListener;
import javafx.scene.control.SingleSelectionModel;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rows kept while typing are exactly those a full pass over every row keeps, in the same order, whatever
 * the way they were found (narrowed from the previous text, remembered, looked up in the index, or visited one
 * by one) — over many typed sequences with letters typed and erased, kinds, groups and towns chosen, and the
 * order of the list changed on the way.
 */
class RowFilteringTest {

    private static final String[] FIRST = {"Claire", "Thomas", "Élodie", "Julien", "Sophie", "Hélène", "François",
            "Agnès", "Benoît", "Karim", "Łucja", "Zoé"};
    private static final String[] LAST = {"Lemonnier", "Guérin", "Hébert", "Lecœur", "Duval", "Benali", "Lefèvre",
            "Ozenne", "Bréard", "Perrin", "Wałęsa", "Le Moal"};
    private static final String[] TOWNS = {"Caen", "Saint-Lô", "Alençon", "Hérouville-Saint-Clair", "Flers",
            "Écouché", "Cherbourg-en-Cotentin", "Lisieux", "Bayeux"};
    private static final String[] ORGS = {"Association", "Coopérative", "Atelier – Réseau", "Maison", "Œuvre",
            "Ligue de l’enseignement"};

    private final DirectoryRows build = new DirectoryRows(I18n.french());
    private final Random random = new Random(20_091_126L);
    private final List<Organisation> organisations = organisations(120);

    @Test
    void contactsKeptWhileTypingAreThoseOfAFullPassInTheSameOrder() {
        List<ContactRow> rows = contacts(3_000);
        List<Comparator<ContactRow>> orders = List.of(Comparator.comparing(ContactRow::name),
                Comparator.comparing(ContactRow::organisations).reversed(), Comparator.comparing(ContactRow::email),
                (a, b) -> 0);
        for (int limit : new int[]{0, 200, Integer.MAX_VALUE}) {
            for (boolean indexed : new boolean[]{true, false}) {
                type(rows, ContactRow::matches, ContactRow::searchText, orders, limit, indexed);
            }
        }
    }

    @Test
    void organisationsKeptWhileTypingAreThoseOfAFullPassInTheSameOrder() {
        List<OrganisationRow> rows = organisations.stream().map(o -> build.organisation(o, List.of(),
                groups())).toList();
        List<Comparator<OrganisationRow>> orders = List.of(Comparator.comparing(OrganisationRow::name),
                Comparator.comparing(OrganisationRow::town).thenComparing(OrganisationRow::kind));
        for (int limit : new int[]{0, Integer.MAX_VALUE}) {
            type(rows, OrganisationRow::matches, OrganisationRow::searchText, orders, limit, true);
        }
    }

    @Test
    void theIndexFindsForEveryWordExactlyTheRowsAFullPassFinds() {
        List<String> texts = contacts(2_000).stream().map(ContactRow::searchText).toList();
        SearchIndex index = SearchIndex.of(texts, Function.identity());
        List<String> words = new ArrayList<>(List.of("le", "lem", "lemonnier", "caen", "e ", " c", "-s", "n c", "zz",
                "ozenne@", "saint-lo", "l'", "lo", "oe", "x9", "ecouche", "re r", "é", "ł", "walesa"));
        for (int i = 0; i < 400; i++) {
            String text = texts.get(random.nextInt(texts.size()));
            int from = random.nextInt(Math.max(1, text.length() - 1));
            words.add(text.substring(from, Math.min(text.length(), from + 2 + random.nextInt(6))));
        }
        for (String word : words) {
            List<Integer> expected = IntStream.range(0, texts.size())
                    .filter(i -> index.isWide(i) || texts.get(i).contains(word)).boxed().toList();
            assertThat(index.rowsContaining(word).stream().boxed().toList()).as(word).isEqualTo(expected);
        }
    }

    @Test
    void theIndexFindsExactlyTheTextsHoldingAWordAndProposesTheOthersToCheck() {
        List<String> texts = List.of("claire lemonnier caen", "", "lemonnier–duval", "walesa", "caen caen", "x");
        SearchIndex index = SearchIndex.of(texts, Function.identity());
        assertThat(index.rowsContaining("caen").stream().boxed().toList()).containsExactly(0, 2, 4);
        assertThat(index.isWide(2)).isTrue();
        assertThat(index.rowsContaining("x").stream().boxed().toList()).containsExactly(2, 5);
        assertThat(index.rowsContaining("n\nc").stream().boxed().toList()).containsExactly(2);
        assertThat(index.rowsContaining("").cardinality()).isEqualTo(texts.size());
    }

    /**
     * Types into a list and checks each result against a full pass; each result is also handed to a {@link ShownRows}
     * as the list does, and what its listeners are told (rows taken out, put in, moved), replayed on a copy, must give
     * the same rows: that copy is what the table shows.
     */
    private <R> void type(List<R> rows, BiPredicate<R, RowFilter> matcher, Function<R, String> text,
                          List<Comparator<R>> orders, int limit, boolean indexed) {
        RowFiltering<R> filtering = new RowFiltering<>(matcher, text, limit);
        filtering.reset(rows, indexed ? SearchIndex.of(rows, text) : null);
        List<R> inOrder = rows;
        ShownRows<R> shown = new ShownRows<>();
        List<R> seen = replayed(shown);
        SingleSelectionModel<R> selection = selection(shown);
        List<R> previous = List.of();
        RowFilter last = RowFilter.NONE;
        for (int sequence = 0; sequence < 60; sequence++) {
            if (sequence % 7 == 3) {
                inOrder = reorder(filtering, rows, orders.get(random.nextInt(orders.size())));
                List<R> again = filtering.apply(last);
                Map<R, Integer> at = new IdentityHashMap<>();
                IntStream.range(0, again.size()).forEach(i -> at.put(again.get(i), i));
                shown.sort(Comparator.comparingInt(at::get));
                previous = again;
                assertThat(seen).containsExactlyElementsOf(again);
            }
            String target = someText(text.apply(rows.get(random.nextInt(rows.size()))));
            OrganisationKind kind = null;
            Long group = null;
            String town = null;
            StringBuilder typed = new StringBuilder();
            for (int step = 0; step < target.length() + 6; step++) {
                int what = random.nextInt(20);
                if (what < 12 && typed.length() < target.length()) {
                    typed.append(target.charAt(typed.length()));
                } else if (what < 15 && typed.length() > 0) {
                    typed.setLength(typed.length() - 1 - random.nextInt(Math.min(3, typed.length())));
                } else if (what == 15) {
                    kind = random.nextBoolean() ? null : OrganisationKind.values()[random.nextInt(OrganisationKind.values().length)];
                } else if (what == 16) {
                    group = random.nextBoolean() ? null : (long) random.nextInt(4);
                } else if (what == 17) {
                    town = random.nextBoolean() ? null : TOWNS[random.nextInt(TOWNS.length)];
                } else if (what == 18) {
                    typed.setLength(0);
                }
                RowFilter f = RowFilter.of(typed.toString(), kind, group, town);
                List<R> expected = inOrder.stream().filter(r -> f.isEmpty() || matcher.test(r, f)).toList();
                List<R> result = filtering.apply(f);
                assertThat(result).as("« %s » %s %s %s (limit %d, index %s)", typed, kind, group, town,
                        limit, indexed).containsExactlyElementsOf(expected);
                shown.show(result, filtering.places(previous), filtering.places(result), selection);
                previous = result;
                last = f;
                assertThat(seen).as("shown for « %s »", typed).containsExactlyElementsOf(expected);
                assertThat(shown).containsExactlyElementsOf(expected);
            }
        }
    }

    /** A copy of {@code shown} kept up to date only from the changes its listeners are told. */
    private static <R> List<R> replayed(ShownRows<R> shown) {
        List<R> copy = new ArrayList<>();
        shown.addListener((ListChangeListener<R>) c -> {
            while (c.next()) {
                if (c.wasPermutated()) {
                    List<R> before = new ArrayList<>(copy);
                    for (int i = c.getFrom(); i < c.getTo(); i++) {
                        copy.set(c.getPermutation(i), before.get(i));
                    }
                } else {
                    copy.subList(c.getFrom(), c.getFrom() + c.getRemovedSize()).clear();
                    copy.addAll(c.getFrom(), c.getAddedSubList());
                }
            }
        });
        return copy;
    }

    /** A selection over {@code shown} (the table's own is checked in {@code ListPaneTypingTest}). */
    private static <R> SingleSelectionModel<R> selection(ShownRows<R> shown) {
        return new SingleSelectionModel<>() {
            @Override
            protected R getModelItem(int index) {
                return index >= 0 && index < shown.size() ? shown.get(index) : null;
            }

            @Override
            protected int getItemCount() {
                return shown.size();
            }
        };
    }

    private <R> List<R> reorder(RowFiltering<R> filtering, List<R> rows, Comparator<R> order) {
        int[] positions = IntStream.range(0, rows.size()).boxed()
                .sorted(Comparator.comparing(rows::get, order)).mapToInt(Integer::intValue).toArray();
        filtering.order(positions);
        return IntStream.of(positions).mapToObj(rows::get).toList();
    }

    /** A piece of a row's text, sometimes with a second word, sometimes accented or in capitals as typed. */
    private String someText(String searchText) {
        String[] words = searchText.split(" ");
        String first = words[random.nextInt(words.length)];
        String second = words[random.nextInt(words.length)];
        String text = random.nextInt(3) == 0 ? first + " " + second.substring(0, Math.min(3, second.length())) : first;
        return switch (random.nextInt(4)) {
            case 0 -> text.toUpperCase();
            case 1 -> text.replace('e', 'é');
            case 2 -> text + "zz";
            default -> text;
        };
    }

    private List<Organisation> organisations(int n) {
        List<Organisation> result = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String town = TOWNS[random.nextInt(TOWNS.length)];
            result.add(new Organisation((long) i + 1, ORGS[random.nextInt(ORGS.length)] + " " + town + " " + i,
                    "S" + i, OrganisationKind.values()[random.nextInt(OrganisationKind.values().length)],
                    LegalForm.ASSOCIATION, null, "14000", random.nextInt(10) == 0 ? town.toUpperCase() : town,
                    null, null, null, null, List.of("ESS"), null, 0, null));
        }
        return result;
    }

    private List<ContactRow> contacts(int n) {
        List<ContactRow> result = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<Organisation> orgs = IntStream.range(0, random.nextInt(3))
                    .mapToObj(k -> organisations.get(random.nextInt(organisations.size()))).distinct().toList();
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = LAST[random.nextInt(LAST.length)];
            Contact c = new Contact((long) i + 1, first, last, random.nextBoolean() ? "Chargé de mission" : null,
                    Texts.fold(first + "." + last).replace(' ', '-') + "@exemple.org", "02 31 00 00 00", null,
                    ConsentBasis.LEGITIMATE_INTEREST, LocalDate.of(2020, 1, 1), false,
                    orgs.stream().map(Organisation::id).toList(), 0, null);
            result.add(build.contact(c, orgs, groups()));
        }
        return result;
    }

    private Set<Long> groups() {
        Set<Long> groups = new HashSet<>();
        for (long g = 0; g < 4; g++) {
            if (random.nextInt(3) == 0) {
                groups.add(g);
            }
        }
        return groups;
    }
}
