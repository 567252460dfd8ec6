// Checks run inside the page by PageBrowserTest (their last expression is the test's answer).

/** How a test names an element: its id, else its tag and text. */
function describe(el) {
  if (!el || el === document.body) return 'body';
  if (el.id) return '#' + el.id;
  const text = (el.textContent || el.value || '').trim().replace(/\s+/g, ' ').slice(0, 40);
  return `${el.tagName.toLowerCase()}${el.getAttribute('href') ? `[href=${el.getAttribute('href')}]` : ''} "${text}"`;
}

function visible(el) {
  if (el.closest('[hidden], [inert]')) return false;
  const style = getComputedStyle(el);
  return el.getClientRects().length > 0 && style.visibility !== 'hidden' && style.display !== 'none';
}

/** Every control the keyboard should reach, in document order (what Tab should visit). */
function tabbables() {
  const selector = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]';
  return [...document.querySelectorAll(selector)]
    .filter(el => !el.disabled && el.tabIndex >= 0 && visible(el)
      && !(el.closest('details:not([open])') && el.tagName !== 'SUMMARY' && !el.closest('summary')))
    .map(describe);
}

function parse(color) {
  const m = color.match(/rgba?\(([^)]+)\)/);
  if (!m) return [0, 0, 0, 0];
  const parts = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
  return [parts[0], parts[1], parts[2], parts.length > 3 ? parts[3] : 1];
}

function luminance([r, g, b]) {
  const c = [r, g, b].map(v => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}

function ratio(a, b) {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

function blend(top, bottom) {
  const a = top[3];
  return [0, 1, 2].map(i => top[i] * a + bottom[i] * (1 - a)).concat(1);
}

/** The colour behind an element: its own and its ancestors' backgrounds, composed, over white. */
function background(el) {
  const layers = [];
  for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
    const c = parse(getComputedStyle(n).backgroundColor);
    if (c[3] > 0) layers.push(c);
    if (c[3] === 1) break;
  }
  return layers.reverse().reduce((under, layer) => blend(layer, under), [255, 255, 255, 1]);
}

function large(style) {
  const size = parseFloat(style.fontSize);
  return size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
}

/** WCAG 2.1 AA, 1.4.3 and 1.4.11: every visible text, placeholder and field border against its background. */
function contrastProblems() {
  const problems = [];
  for (const el of document.querySelectorAll('body *')) {
    if (!visible(el) || el.closest('.sr-only')) continue;
    const style = getComputedStyle(el);
    const bg = background(el);
    const hasText = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())
      || (el.matches('input:not([type=checkbox]):not([type=file]), select, textarea') && (el.value || '').trim());
    if (hasText) {
      const fg = blend(parse(style.color), bg);
      const need = large(style) ? 3 : 4.5;
      const r = ratio(fg, bg);
      if (r < need) problems.push(`${describe(el)}: text ${style.color} on ${bg.slice(0, 3)} = ${r.toFixed(2)} < ${need}`);
    }
    if (el.matches('input[placeholder]') && !el.value) {
      const ph = blend(parse(getComputedStyle(el, '::placeholder').color), bg);
      const r = ratio(ph, bg);
      if (r < 4.5) problems.push(`${describe(el)}: placeholder = ${r.toFixed(2)} < 4.5`);
    }
    if (el.matches('input[type=text], input[type=search], input[type=date], select, textarea')) {
      const behind = background(el.parentElement);
      const r = ratio(blend(parse(style.borderTopColor), behind), behind);
      if (r < 3) problems.push(`${describe(el)}: border ${style.borderTopColor} = ${r.toFixed(2)} < 3`);
    }
  }
  return problems;
}

/**
 * The focused element's focus indicator: a solid outline at least 2px wide with 3:1 against what is
 * around it (the label drawn as a button shows the focus of its invisible file input). Null when fine.
 */
function focusProblem() {
  const el = document.activeElement;
  if (!el || el === document.body) return 'nothing has the focus';
  const shown = el.matches('.file-input') ? el.nextElementSibling : el;
  const style = getComputedStyle(shown);
  if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2) {
    return `${describe(el)}: no visible focus (outline ${style.outlineStyle} ${style.outlineWidth}; document focused: ${document.hasFocus()}, :focus ${el.matches(':focus')})`;
  }
  const around = background(shown.parentElement || shown);
  const r = ratio(blend(parse(style.outlineColor), around), around);
  return r < 3 ? `${describe(el)}: focus ring ${style.outlineColor} = ${r.toFixed(2)} < 3` : null;
}
