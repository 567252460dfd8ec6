/**
 * Synthetic public extracts in exactly their published forms, written from one invented world so that
 * they join as the real ones do: {@link fr.mssante.advisor.extract.synthetic.SyntheticExtracts} (options,
 * command line), the world of establishments and professionals, and one writer per file. Every quirk of
 * {@code public-extracts.md} appears in the output; the same seed gives the same bytes. Used by the tests,
 * the benchmarks ({@code benchmarks/extracts.sh}) and the dashboard demonstration.
 */
package fr.mssante.advisor.extract.synthetic;
