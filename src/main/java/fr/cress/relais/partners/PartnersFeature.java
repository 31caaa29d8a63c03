package fr.cress.relais.partners;

import fr.cress.relais.common.feature.Core;
import fr.cress.relais.common.feature.DemoContext;
import fr.cress.relais.common.feature.ExportEntry;
import fr.cress.relais.common.feature.Feature;
import fr.cress.relais.common.feature.SectionId;
import fr.cress.relais.common.feature.SectionView;
import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.partners.export.DirectoryExporter;
import fr.cress.relais.partners.importing.ImportService;
import fr.cress.relais.partners.privacy.PrivacyService;
import fr.cress.relais.partners.ui.DirectoryExportAction;
import fr.cress.relais.partners.ui.PartnersView;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

import java.util.List;
import java.util.Optional;

/**
 * Organisations, contacts, working groups and memberships: the directory of the network, its imports
 * and exports, and the RGPD duties about contacts. Later features use its services (and register their
 * personal data with {@link #privacy()}).
 */
public final class PartnersFeature implements Feature {

    private final Core core;
    private final PartnerService partners;
    private final GroupService groups;
    private final ImportService imports;
    private final PrivacyService privacy;
    private final DirectoryExporter exporter;

    public PartnersFeature(Core core) {
        this.core = core;
        this.partners = new PartnerService(core.store(), core.i18n(), core.clock());
        this.groups = new GroupService(core.store(), core.i18n(), core.clock());
        this.imports = new ImportService(core.store(), core.i18n(), core.clock());
        this.privacy = new PrivacyService(core.store(), core.i18n(), core.clock());
        this.exporter = new DirectoryExporter(core.i18n(), core.clock());
    }

    public Core core() {
        return core;
    }

    public PartnerService partners() {
        return partners;
    }

    public GroupService groups() {
        return groups;
    }

    public ImportService imports() {
        return imports;
    }

    public PrivacyService privacy() {
        return privacy;
    }

    public DirectoryExporter exporter() {
        return exporter;
    }

    @Override
    public Optional<SectionId> section() {
        return Optional.of(SectionId.PARTNERS);
    }

    @Override
    public SectionView createView(UiContext ui) {
        return new PartnersView(this, ui);
    }

    @Override
    public List<ExportEntry> exports(UiContext ui) {
        return List.of(new ExportEntry("partners.export.entry.title", "partners.export.entry.description",
                Material2OutlinedAL.CONTACTS, () -> new DirectoryExportAction(this, ui).exportAll()));
    }

    @Override
    public void loadDemo(DemoContext demo) {
        new PartnersDemo(demo).load();
    }
}
