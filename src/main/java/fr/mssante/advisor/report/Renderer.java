package fr.mssante.advisor.report;

import fr.mssante.advisor.i18n.Lang;

/** Turns an audit run into one output format. Renderers only read the report model. */
public interface Renderer {

    String render(AuditRun run, Lang lang);
}
