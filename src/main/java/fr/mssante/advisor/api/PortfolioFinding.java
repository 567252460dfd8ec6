package fr.mssante.advisor.api;

import java.util.List;

/** A finding of the portfolio rules, which look at several structures together, with the files concerned. */
public record PortfolioFinding(Finding finding, List<String> sources) {

    public PortfolioFinding {
        sources = List.copyOf(sources);
    }
}
