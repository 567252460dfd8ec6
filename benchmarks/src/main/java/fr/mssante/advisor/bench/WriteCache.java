package fr.mssante.advisor.bench;

import fr.mssante.advisor.pack.AltPacks;
import fr.mssante.advisor.pack.KieBaseCache;
import fr.mssante.advisor.pack.RulePackLoader;
import java.nio.file.Path;

/**
 * {@code WriteCache RULES_DIR CACHE_DIR}: loads the pack through the tool's {@link KieBaseCache} in
 * CACHE_DIR (compiling it and filling the cache on a miss), then fails unless the entry reads back.
 */
public final class WriteCache {

    private WriteCache() {
    }

    public static void main(String[] args) {
        Path rules = Path.of(args[0]);
        KieBaseCache cache = new KieBaseCache(Path.of(args[1]));
        new RulePackLoader(cache).load(rules);
        if (cache.read(fr.mssante.advisor.pack.PackKey.of(rules)).isEmpty()) {
            System.err.println("the KieBase cache entry does not read back: the cached benchmarks would compile");
            System.exit(1);
        }
    }
}
