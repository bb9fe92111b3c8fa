// The one place that knows the addresses of the demo's own pages and files. The demo API serves
// them itself (src/site/), so every link in the demo data works offline. The data cannot know
// where it will be served from — a random port in tests, `pnpm start`'s origin, a fake origin
// behind MSW in Storybook — so links are stored as URI templates (RFC 6570) with one variable,
// `{origin}`, and each answer expands them to the origin its request came through.

/** The template variable every demo link starts with. */
export const ORIGIN_VARIABLE = '{origin}';

/** Path prefix of everything the demo site serves (pages and files). */
export const DEMO_SITE_PREFIX = '/demo';

const at = (path: string): string => `${ORIGIN_VARIABLE}${DEMO_SITE_PREFIX}${path}`;
const segment = (value: string): string => encodeURIComponent(value);

/** Link templates of the demo site, by kind. */
export const demoLinks = {
  /** A downloadable file of a dataset, e.g. `…/demo/dateien/baumkataster/baumkataster.csv`. */
  file: (datasetName: string, extension: string) =>
    at(`/dateien/${segment(datasetName)}/${segment(datasetName)}.${extension}`),
  /** An OGC service (WMS, WFS) of a dataset: answers GetCapabilities. */
  service: (datasetName: string, service: 'WMS' | 'WFS') =>
    at(`/dienste/${segment(datasetName)}?SERVICE=${service}&REQUEST=GetCapabilities`),
  /** A dataset's JSON interface (continuously updated data). */
  dataApi: (datasetName: string) => at(`/daten-api/${segment(datasetName)}?format=json&limit=1000`),
  /** A dataset's page in the (emulated) portal: the landing page. */
  datasetPage: (datasetName: string) => at(`/portal/datensatz/${segment(datasetName)}`),
  /** The documentation page a dataset's description links to. */
  documentationPage: (datasetName: string) => at(`/portal/dokumentation/${segment(datasetName)}`),
  /** An event's page. */
  eventPage: (eventId: string) => at(`/veranstaltungen/${segment(eventId)}`),
  /** An event's registration page. */
  registrationPage: (eventId: string) => at(`/veranstaltungen/${segment(eventId)}/anmeldung`),
  /** The page of an online event's meeting room. */
  onlinePage: (eventId: string) => at(`/veranstaltungen/${segment(eventId)}/online`),
  /** The website of a synthetic (load-test) actor. */
  actorPage: (actorId: string) => at(`/akteure/${segment(actorId)}`),
};

/** Contact addresses of invented contacts: IANA's documentation domain, which reaches nobody. */
export const demoEmail = (publisherId: string): string => `opendata@${publisherId}.example.org`;

/** `text` with every `{origin}` replaced by `origin` (e.g. `http://127.0.0.1:4000`). */
export function expandOrigin(text: string, origin: string): string {
  return text.includes(ORIGIN_VARIABLE) ? text.replaceAll(ORIGIN_VARIABLE, origin) : text;
}

/**
 * JSON text of `value` with `{origin}` expanded in every string: for large answers, where it costs
 * next to nothing on top of `JSON.stringify` (object keys are left as they are).
 */
export function stringifyWithOrigin(value: unknown, origin: string, space?: number): string {
  return JSON.stringify(
    value,
    (_key, item: unknown) => (typeof item === 'string' ? expandOrigin(item, origin) : item),
    space,
  );
}

/**
 * A copy of a JSON-like value with `{origin}` expanded in every string (and object key). Values
 * without a template come back as they are, so unchanged parts are shared, not copied.
 */
export function expandOrigins<T>(value: T, origin: string): T {
  return expand(value, origin) as T;
}

function expand(value: unknown, origin: string): unknown {
  if (typeof value === 'string') return expandOrigin(value, origin);
  if (value === null || typeof value !== 'object') return value;
  // Copied only from the first change on: most of an answer has no demo link.
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const expanded = expand(value[i], origin);
      if (expanded !== value[i]) copy ??= value.slice();
      if (copy) copy[i] = expanded;
    }
    return copy ?? value;
  }
  // Rebuilt from entries, so that a key like "__proto__" (a hostile tag as a facet value) stays data.
  const entries = Object.entries(value);
  let changed = false;
  const expanded = entries.map(([key, item]): [string, unknown] => {
    const next: [string, unknown] = [expandOrigin(key, origin), expand(item, origin)];
    if (next[0] !== key || next[1] !== item) changed = true;
    return next;
  });
  return changed ? Object.fromEntries(expanded) : value;
}
