import {
  cspSource,
  dataAddresses,
  scriptUrl,
  tileAddress,
  type EmbedOptions,
} from './embed-options.js';

/** Sources without duplicates, `'self'` first. */
const sources = (...list: (string | undefined)[]) => [
  ...new Set(["'self'", ...list.filter((item): item is string => Boolean(item))]),
];

/**
 * The Content-Security-Policy the embedded widget needs and nothing more: its script from
 * `scriptBase`, its data from its API(s), map tiles only when `tiles` is set; no inline script or
 * style, no `eval`. `script-src` also covers the dataset preview's worker (`worker-src` falls back
 * to it).
 */
export function cspDirectives(options: EmbedOptions): string[] {
  const script = sources(cspSource(scriptUrl(options)));
  const connect = sources(...dataAddresses(options).map(cspSource));
  const image = [...sources(cspSource(tileAddress(options))), 'data:'];
  return [
    "default-src 'self'",
    `script-src ${script.join(' ')}`,
    "style-src 'self'",
    `img-src ${image.join(' ')}`,
    `connect-src ${connect.join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
  ];
}

/** The header as an HTTP response line. */
export const cspHeader = (options: EmbedOptions) =>
  `Content-Security-Policy: ${cspDirectives(options).join('; ')}`;

/** The same header for the web servers municipal sites most often run. */
export function cspServerLines(options: EmbedOptions): { server: string; line: string }[] {
  const value = cspDirectives(options).join('; ');
  return [
    { server: 'HTTP', line: `Content-Security-Policy: ${value}` },
    { server: 'Apache (.htaccess)', line: `Header set Content-Security-Policy "${value}"` },
    { server: 'nginx', line: `add_header Content-Security-Policy "${value}" always;` },
  ];
}
