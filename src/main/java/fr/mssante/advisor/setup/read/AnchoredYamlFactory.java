package fr.mssante.advisor.setup.read;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import fr.mssante.advisor.setup.SourceLocation;
import java.io.Reader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Jackson's YAML parser tells the anchor ({@code &name}) of a list or an object but forgets the
 * anchor of a plain value; this factory's parsers tell both, from SnakeYAML's event, so that
 * {@code operator: &op "Opérateur X"} … {@code operator: *op} reads as people mean. They also tell the
 * tag of the value being read, so that a value Jackson cannot decode ({@code !!binary}) is refused as a tag.
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

        /**
         * The tag written on the value being read ({@code tag:yaml.org,2002:binary}, {@code !include}), or
         * null; known even when Jackson fails to decode that value.
         */
        String tag() {
            if (_lastEvent instanceof ScalarEvent scalar) {
                return scalar.getTag();
            }
            return _lastEvent instanceof CollectionStartEvent start ? start.getTag() : null;
        }

        /** Where the value being read starts. */
        SourceLocation tagLocation() {
            Mark start = _lastEvent == null ? null : _lastEvent.getStartMark();
            return start == null ? SourceLocation.START : new SourceLocation(start.getLine() + 1, start.getColumn() + 1);
        }
    }
}
