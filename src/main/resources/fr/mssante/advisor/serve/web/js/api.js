// The page's calls to the service's API (same origin). A service started with --token-file asks for the
// token on every /api call: the page asks the user for it once (kept for this tab only, in sessionStorage)
// and sends it as "Authorization: Bearer". Errors become one French sentence for the user.

const TOKEN_KEY = 'mssante-advisor.token';
let askToken = null;

/** The function that asks the user for a token (app.js sets it); it resolves to the token or null. */
export function onTokenNeeded(ask) {
  askToken = ask;
}

export class ApiError extends Error {
  constructor(message, status, problem) {
    super(message);
    this.status = status;
    this.problem = problem;
  }
}

/**
 * Calls the API and returns the Response for a 2xx, and also for a 422 (an audit whose file has input
 * errors: its report says which). Every other status throws an ApiError with the problem's French detail.
 */
export async function call(path, options = {}) {
  for (let attempt = 0; ; attempt++) {   // again after a token is given, or while the rules load
    const headers = new Headers(options.headers || {});
    headers.set('Accept-Language', 'fr');
    const token = sessionStorage.getItem(TOKEN_KEY);
    if (token) headers.set('Authorization', 'Bearer ' + token);
    let response;
    try {
      response = await fetch(path, { ...options, headers, credentials: 'omit', cache: 'no-store' });
    } catch (e) {
      throw new ApiError("Le service ne répond pas : vérifiez qu'il est toujours lancé (commande serve).", 0, null);
    }
    if (response.ok || response.status === 422) return response;
    if (response.status === 503 && attempt < 40 && await loading(response)) {
      await new Promise(resolve => setTimeout(resolve, 500));   // the rules are still loading at start
      continue;
    }
    if (response.status === 401 && askToken && attempt < 3) {
      const given = await askToken(Boolean(token));
      if (given) {
        sessionStorage.setItem(TOKEN_KEY, given);
        continue;
      }
    }
    throw await problem(response);
  }
}

/** A 503 "unavailable" while the service loads its rules (not an overload, which is said at once). */
async function loading(response) {
  try {
    const body = await response.clone().json();
    return String(body.type).endsWith(':unavailable');
  } catch (e) {
    return false;
  }
}

async function problem(response) {
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    // not a problem+json answer (a proxy's page…): the status says enough
  }
  const detail = body && typeof body.detail === 'string' ? body.detail
    : `Le service a répondu par une erreur (statut ${response.status}).`;
  return new ApiError(detail, response.status, body);
}

export async function json(path) {
  return (await call(path)).json();
}

export async function text(path) {
  return (await call(path)).text();
}

/** The query string of an audit: the report's format, its language, and the audit date when given. */
export function auditQuery(format, asOf) {
  const q = new URLSearchParams({ format, lang: 'fr' });
  if (asOf) q.set('asOf', asOf);
  return q.toString();
}

/** Audits one setup file given as text; resolves to {status, body} (200, or 422 for input errors). */
export async function auditText(content, isJson, format, asOf) {
  const response = await call('/api/v1/audit?' + auditQuery(format, asOf), {
    method: 'POST',
    headers: { 'Content-Type': (isJson ? 'application/json' : 'application/yaml') + ';charset=utf-8' },
    body: content,
  });
  return { status: response.status, body: await response.text() };
}

/** Audits files together (portfolio rules included); each is {name, content}. */
export async function auditFiles(files, format, asOf) {
  const form = new FormData();
  for (const f of files) {
    const type = /\.json$/i.test(f.name) ? 'application/json' : 'application/yaml';
    form.append('fichier', new Blob([f.content], { type }), f.name);
  }
  const response = await call('/api/v1/audits?' + auditQuery(format, asOf), { method: 'POST', body: form });
  return { status: response.status, body: await response.text() };
}

/**
 * Audits one named file. A report for people (HTML, Markdown) goes through /audits, so that it names the
 * file (« Fichier : ehpad.yaml », not « request »); the JSON goes through /audit, so that it has the shape of
 * `audit FILE --format json` for one file (an object, not the {"reports": […]} of several).
 */
export async function auditOne(name, content, format, asOf) {
  const isJson = /\.json$/i.test(name);
  return format === 'json' ? auditText(content, isJson, format, asOf) : auditFiles([{ name, content }], format, asOf);
}
