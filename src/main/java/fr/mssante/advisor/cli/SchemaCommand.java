package fr.mssante.advisor.cli;

import fr.mssante.advisor.api.Advisor;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code schema}: prints the JSON Schema of the setup format, for editors' completion and checks. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"Affiche le schéma JSON du format de configuration.", "Prints the setup format's JSON Schema."})
final class SchemaCommand implements Callable<Integer> {

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        return output.write(Advisor.schemaJson()) ? ExitStatus.OK.code() : ExitStatus.INPUT_ERROR.code();
    }
}
