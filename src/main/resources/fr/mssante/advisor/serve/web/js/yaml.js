// YAML in the browser through js-yaml (MIT, served from its Maven WebJar; its licence is linked from the
// page's footer). Reading uses the core schema: dates stay text ("2026-03-31"), as the setup format wants.
// Writing double-quotes every string, so that no value can be read back as something else by any YAML
// reader (yes/no, 1:20, 0123, dates, "~"…): parsing the file again gives exactly the same tree.

import * as jsyaml from '/webjars/js-yaml/4.1.0/dist/js-yaml.mjs';

export const JS_YAML_VERSION = '4.1.0';

/** The tree of a setup file's text (YAML or JSON); throws a YamlError with the line and column. */
export function parse(text) {
  try {
    return jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA });
  } catch (e) {
    const mark = e.mark || {};
    const where = mark.line === undefined ? '' : `ligne ${mark.line + 1}, colonne ${mark.column + 1} : `;
    throw new YamlError(`${where}${e.reason || e.message}`, mark.line + 1);
  }
}

export class YamlError extends Error {
  constructor(message, line) {
    super(message);
    this.line = line;
  }
}

/** The YAML text of a tree, with a header comment. */
export function write(tree, header) {
  const body = jsyaml.dump(tree, {
    schema: jsyaml.CORE_SCHEMA, forceQuotes: true, quotingType: '"', lineWidth: -1, noRefs: true, indent: 2,
  });
  const comment = header ? header.split('\n').map(l => ('# ' + l).trimEnd()).join('\n') + '\n' : '';
  return comment + body;
}
