/**
 * {@code serve}: the advisor as a local HTTP service and web page. A thin adapter over the public API
 * ({@code fr.mssante.advisor.api}): {@link fr.mssante.advisor.serve.Routes} lists every route in one place,
 * each handler translates one HTTP request into one call of the API and its answer back, {@link
 * fr.mssante.advisor.serve.Problems} turns every failure into one RFC 9457 {@code application/problem+json}
 * answer, and {@link fr.mssante.advisor.serve.Filters} put the token check, the security headers, the access
 * log and the metrics around every route. {@link fr.mssante.advisor.serve.ServingPack} keeps the one
 * advisor all requests share (rebuilt when a {@code --rules} folder changes), {@link
 * fr.mssante.advisor.serve.AuditWorkers} the bounded pool audits run on.
 *
 * <p>The establishment and dashboard endpoints of the contract ({@code --finess}, {@code --mssante},
 * {@code --rpps}) are added as routes of {@code Routes} once the public-extract readers are shared.
 *
 * <p>Internal: not part of the public API, which is {@code fr.mssante.advisor.api} alone.
 */
package fr.mssante.advisor.serve;
