// The guided form, built from the JSON Schema and labels-fr.js: one control per field of the setup
// format, in the schema's order. The form edits a plain tree (the setup file's content): every control
// writes its value at its data path, an emptied field leaves the tree (nothing empty is written), and
// what the form has no control for (an unknown field of a loaded file) stays in the tree untouched.

import { h } from './dom.js';
import { resolve, field, valueLabel, fieldId } from './form-schema.js';

export function getAt(tree, path) {
  return path.reduce((node, key) => (node === undefined || node === null ? undefined : node[key]), tree);
}

/** Sets (or, for undefined, removes) the value at path, creating the objects on the way. */
export function setAt(tree, path, value) {
  let node = tree;
  for (let i = 0; i < path.length - 1; i++) {
    if (node[path[i]] === undefined || node[path[i]] === null) node[path[i]] = {};
    node = node[path[i]];
  }
  const last = path[path.length - 1];
  if (value === undefined) delete node[last];
  else node[last] = value;
}

/**
 * Builds the form's controls into container. ctx: {root (the schema), tree, changed(path, {structural}),
 * refs: {name: () => [{value, label}]}}. Returns the form's live parts for form.js to refresh.
 */
export function render(container, ctx) {
  const live = { refs: [], titles: [], conditions: [], optionals: [] };
  const c = { ...ctx, live };
  const top = resolve(ctx.root, ctx.root);
  const parts = Object.entries(top.properties).filter(([, n]) => resolve(ctx.root, n).const === undefined)
    .map(([name, node]) => section(c, node, [name]));
  container.replaceChildren(...parts);
  return live;
}

function section(c, node, path) {
  const n = resolve(c.root, node);
  const f = field(path);
  return h('section', { class: 'form-section', 'aria-labelledby': fieldId(path) + '-title' },
    h('h3', { id: fieldId(path) + '-title' }, f.label),
    f.help ? h('p', { class: 'help' }, f.help) : null,
    n.type === 'array' ? objectList(c, n, path, false) : fields(c, n, path));
}

function fields(c, n, path) {
  return Object.entries(n.properties || {}).map(([name, child]) => control(c, child, [...path, name],
    (n.required || []).includes(name)));
}

function control(c, node, path, required) {
  const n = resolve(c.root, node);
  if (n.type === 'object') return optionalObject(c, n, path);
  if (n.type === 'array') {
    const items = resolve(c.root, n.items);
    if (items.type === 'object') return objectList(c, n, path, true);
    if (items.enum) return choiceList(c, path, () => items.enum.map(v => ({ value: v, label: valueLabel(path, v) })));
    const ref = field(path).ref;
    if (ref) return choiceList(c, path, c.refs[ref], true);
    return lines(c, path);
  }
  if (n.type === 'boolean') return boolean(c, n, path, required);
  if (n.enum || field(path).ref) return choice(c, n, path, required);
  return text(c, n, path, required);
}

/** The label, the control, the help and the error of one field, with the ids that tie them. */
function wrap(c, path, control, required, asGroup) {
  const f = field(path);
  const id = fieldId(path);
  const help = f.help ? h('p', { class: 'help', id: 'h-' + id }, f.help) : null;
  const error = h('p', { class: 'field-error', id: 'e-' + id, hidden: true });
  control.setAttribute('aria-describedby', [help ? 'h-' + id : null, 'e-' + id].filter(Boolean).join(' '));
  const mark = required ? h('span', { class: 'required' }, ' (obligatoire)') : null;
  const label = asGroup ? h('legend', {}, f.label, mark) : h('label', { for: id }, f.label, mark);
  const el = asGroup
    ? h('fieldset', { class: 'field group-field', 'data-path': id }, label, help, control, error)
    : h('div', { class: 'field', 'data-path': id }, label, control, help, error);
  if (f.when) c.live.conditions.push({ el, path, when: f.when });
  return el;
}

function text(c, n, path, required) {
  const f = field(path);
  const date = n.format === 'date';
  const input = h('input', {
    id: fieldId(path), name: fieldId(path), type: date ? 'date' : 'text', value: getAt(c.tree, path) ?? '',
    required, inputmode: f.inputmode || (f.type === 'email' ? 'email' : null), placeholder: f.placeholder,
    autocomplete: 'off', spellcheck: f.type === 'email' || /id$|rpps|adeli|finess/i.test(String(path.at(-1))) ? 'false' : null,
  });
  input.addEventListener('input', () => {
    c.changed(path, input.value === '' ? undefined : input.value,
      { id: path.at(-1) === 'id', badDate: date && input.validity.badInput });
  });
  return wrap(c, path, input, required);
}

function boolean(c, n, path, required) {
  const current = getAt(c.tree, path);
  if (n.default === undefined && !required) {
    const select = h('select', { id: fieldId(path), name: fieldId(path) },
      h('option', { value: '', selected: current === undefined }, '— non renseigné —'),
      h('option', { value: 'true', selected: current === true }, 'Oui'),
      h('option', { value: 'false', selected: current === false }, 'Non'));
    select.addEventListener('change', () => c.changed(path, select.value === '' ? undefined : select.value === 'true'));
    return wrap(c, path, select, required);
  }
  const box = h('input', { id: fieldId(path), name: fieldId(path), type: 'checkbox',
    checked: typeof current === 'boolean' ? current : n.default === true });
  box.addEventListener('change', () => c.changed(path, box.checked));
  const f = field(path);
  const error = h('p', { class: 'field-error', id: 'e-' + fieldId(path), hidden: true });
  box.setAttribute('aria-describedby', (f.help ? 'h-' + fieldId(path) + ' ' : '') + 'e-' + fieldId(path));
  const el = h('div', { class: 'field check', 'data-path': fieldId(path) }, box,
    h('label', { for: fieldId(path) }, f.label),
    f.help ? h('p', { class: 'help', id: 'h-' + fieldId(path) }, f.help) : null, error);
  if (f.when) c.live.conditions.push({ el, path, when: f.when });
  return el;
}

function choice(c, n, path, required) {
  const f = field(path);
  const select = h('select', { id: fieldId(path), name: fieldId(path), required });
  const options = f.ref ? c.refs[f.ref] : () => n.enum.map(v => ({ value: v, label: valueLabel(path, v) }));
  const fill = () => {
    const current = getAt(c.tree, path);
    const list = options();
    const empty = n.default !== undefined ? `— par défaut : ${valueLabel(path, n.default)} —`
      : f.ref ? '— à choisir —' : '— non renseigné —';
    const items = [h('option', { value: '' }, empty), ...list.map(o => h('option', { value: o.value }, o.label))];
    if (current !== undefined && !list.some(o => o.value === current)) {
      items.push(h('option', { value: current }, `${current} (inconnu)`));
    }
    select.replaceChildren(...items);
    select.value = current ?? '';
  };
  fill();
  if (f.ref) c.live.refs.push({ el: select, fill });
  select.addEventListener('change', () => c.changed(path, select.value === '' ? undefined : select.value,
    { condition: true }));
  return wrap(c, path, select, required);
}

/** A list of values chosen among known ones (software of a mailbox, professionals allowed to open it). */
function choiceList(c, path, options, isRef) {
  const group = h('div', { class: 'choices', id: fieldId(path) });
  const fill = () => {
    const chosen = getAt(c.tree, path) || [];
    const list = options();
    const all = [...list, ...chosen.filter(v => !list.some(o => o.value === v)).map(v => ({ value: v, label: `${v} (inconnu)` }))];
    group.replaceChildren(...(all.length ? all.map((o, i) => {
      const id = `${fieldId(path)}-${i}`;
      const box = h('input', { type: 'checkbox', id, value: o.value, checked: chosen.includes(o.value) });
      box.addEventListener('change', () => {
        const now = (getAt(c.tree, path) || []).filter(v => v !== o.value);
        if (box.checked) now.push(o.value);
        c.changed(path, now.length ? now : undefined);
      });
      return h('div', { class: 'check' }, box, h('label', { for: id }, o.label));
    }) : [h('p', { class: 'help' }, isRef ? 'Ajoutez d’abord des professionnels (section « Les professionnels »).' : '')]));
  };
  fill();
  if (isRef) c.live.refs.push({ el: group, fill });
  return wrap(c, path, group, false, true);
}

/** A list of free texts, one a line. */
function lines(c, path) {
  const current = getAt(c.tree, path);
  const area = h('textarea', { id: fieldId(path), name: fieldId(path), rows: 3,
    value: Array.isArray(current) ? current.join('\n') : '' });
  area.addEventListener('input', () => {
    const values = area.value.split('\n').map(v => v.trim()).filter(Boolean);
    c.changed(path, values.length ? values : undefined);
  });
  return wrap(c, path, area, false);
}

/**
 * An optional group of fields (the DUI, the programme, a notice, a distribution list). It is written
 * once one of its fields has a value; a group whose mere presence means something (a distribution list)
 * has its own check box.
 */
function optionalObject(c, n, path) {
  const f = field(path);
  const id = fieldId(path);
  const inner = h('div', { class: 'group-fields' }, fields(c, n, path));
  const legend = h('legend', {}, f.label);
  if (!f.presence) {
    c.live.optionals.push(path);
    return h('fieldset', { class: 'group', id }, legend, f.help ? h('p', { class: 'help' }, f.help) : null, inner);
  }
  const present = getAt(c.tree, path) !== undefined;
  const box = h('input', { type: 'checkbox', id: id + '-present', checked: present });
  inner.hidden = !present;
  box.addEventListener('change', () => {
    inner.hidden = !box.checked;
    c.changed(path, box.checked ? (getAt(c.tree, path) || {}) : undefined);
  });
  return h('fieldset', { class: 'group', id }, legend,
    h('div', { class: 'field check' }, box, h('label', { for: id + '-present' }, f.presence)), inner);
}

/** A list of objects (professionals, mailboxes…): one group per item, buttons to add and remove. */
function objectList(c, n, path, nested) {
  const f = field(path);
  const items = getAt(c.tree, path);
  const itemNode = resolve(c.root, n.items);
  const list = Array.isArray(items) ? items : [];
  const groups = list.map((item, i) => {
    const itemPath = [...path, i];
    const title = h('span', { class: 'item-title' });
    c.live.titles.push({ el: title, path: itemPath, title: f.title });
    const legendId = fieldId(itemPath) + '-legend';
    return h('fieldset', { class: 'item', id: fieldId(itemPath) },
      h('legend', { id: legendId }, `${f.item} ${i + 1}`, title),
      h('button', { type: 'button', class: 'remove secondary', onclick: () => c.remove(path, i) },
        'Retirer', h('span', { class: 'sr-only' }, ` : ${f.item.toLowerCase()} ${i + 1}`)),
      fields(c, itemNode, itemPath));
  });
  const add = h('button', { type: 'button', class: 'add secondary', id: fieldId(path) + '-add',
    onclick: () => c.add(path) }, `+ ${f.add}`);
  const body = [list.length ? null : h('p', { class: 'empty' }, `Aucun élément pour l'instant.`), groups, add];
  if (!nested) return h('div', { class: 'list', id: fieldId(path) }, body);
  return h('fieldset', { class: 'group list', id: fieldId(path) }, h('legend', {}, f.label),
    f.help ? h('p', { class: 'help' }, f.help) : null, body);
}
