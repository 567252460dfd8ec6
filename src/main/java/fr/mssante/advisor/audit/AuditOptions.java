package fr.mssante.advisor.audit;

import fr.mssante.advisor.i18n.Lang;
import java.time.LocalDate;

/**
 * How to audit: the audit date (rules compare deadlines and waivers with it) and the report language.
 */
public record AuditOptions(LocalDate asOf, Lang lang) {

    public AuditOptions {
        asOf = asOf == null ? LocalDate.now() : asOf;
        lang = lang == null ? Lang.FR : lang;
    }
}
