package fr.cress.relais.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.territory.ServiceFamily;
import fr.cress.relais.territory.ServiceKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code relais services}: the keys of the services of the offer, grouped by family (a family key stands for all). */
@Command(name = "services", description = "Liste les clés des services de l'offre, par famille (une clé de famille vaut pour tous ses services).")
final class ServicesCommand implements Callable<Integer> {

    @ParentCommand
    private Cli cli;

    @Option(names = "--json", description = "Écrit la liste en JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        I18n i18n = cli.context().i18n();
        PrintWriter out = cli.context().out();
        if (json) {
            out.println(new ObjectMapper().writeValueAsString(asJson(i18n)));
            return ExitCodes.OK;
        }
        for (ServiceFamily family : ServiceFamily.values()) {
            out.printf("%-26s %s%n", family.key(), i18n.label(family));
            for (ServiceKind service : ServiceKind.values()) {
                if (service.family() == family) {
                    out.printf("  %-24s %s%n", service.key(), i18n.label(service));
                }
            }
        }
        return ExitCodes.OK;
    }

    private static List<Map<String, Object>> asJson(I18n i18n) {
        List<Map<String, Object>> families = new ArrayList<>();
        for (ServiceFamily family : ServiceFamily.values()) {
            List<Map<String, Object>> services = new ArrayList<>();
            for (ServiceKind service : ServiceKind.values()) {
                if (service.family() == family) {
                    Map<String, Object> s = new LinkedHashMap<>();
                    s.put("key", service.key());
                    s.put("label", i18n.label(service));
                    services.add(s);
                }
            }
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("key", family.key());
            f.put("label", i18n.label(family));
            f.put("services", services);
            families.add(f);
        }
        return families;
    }
}
