package fr.mssante.advisor.setup.read;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.Reader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.NodeEvent;

/**
 * Jackson's YAML parser tells the anchor ({@code &name}) of a list or an object but forgets the
 * anchor of a plain value; this factory's parsers tell both, from SnakeYAML's event, so that
 * {@code operator: &op "Opérateur X"} … {@code operator: *op} reads as people mean.
 */
final class AnchoredYamlFactory extends YAMLFactory {

    private static final long serialVersionUID = 1L;

    AnchoredYamlFactory(YAMLFactoryBuilder builder) {
        super(builder);
    }

    @Override
    protected YAMLParser _createParser(Reader r, IOContext ctxt) {
        return new Parser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, r);
    }

    /** A YAML parser that names the anchor of the current value, whatever its kind. */
    static final class Parser extends YAMLParser {

        Parser(IOContext ctxt, int features, int yamlFeatures, LoaderOptions options, ObjectCodec codec, Reader r) {
            super(ctxt, features, yamlFeatures, options, codec, r);
        }

        /** The anchor written on the current value, or null. */
        String anchor() {
            return _lastEvent instanceof NodeEvent node && !(_lastEvent instanceof AliasEvent) ? node.getAnchor() : null;
        }
    }
}
