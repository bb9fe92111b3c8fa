import { escapeXml } from '../entrystore/rdf-xml.js';
import type { CkanPackage } from './package.js';

/** CKAN's own timestamps are naive UTC: Atom needs RFC 3339 with a zone. */
const rfc3339 = (naiveUtc: string) => `${naiveUtc.slice(0, 19)}Z`;

export interface FeedPage {
  self: string;
  site: string;
  query: string;
  page: number;
  limit: number;
  total: number;
  packages: readonly CkanPackage[];
  landingPage(pkg: CkanPackage): string | undefined;
}

/**
 * An Atom 1.0 feed (RFC 4287) of a page of packages, as CKAN's feed views write it: the feed with
 * id, title, updated, author and paging links; an entry per dataset with id, title, updated,
 * published, author, summary (the notes), an alternate link and the API record as enclosure.
 */
export function atomFeed(feed: FeedPage): string {
  const updated =
    feed.packages
      .map((pkg) => rfc3339(pkg.metadata_modified))
      .sort()
      .at(-1) ?? '2026-10-31T00:00:00Z';
  const pageUrl = (page: number) => {
    const url = new URL(feed.self);
    url.searchParams.set('page', String(page));
    return url.href;
  };
  const last = Math.max(1, Math.ceil(feed.total / feed.limit));
  const links = [
    `<link href="${escapeXml(feed.self)}" rel="self"/>`,
    `<link href="${escapeXml(pageUrl(1))}" rel="first"/>`,
    `<link href="${escapeXml(pageUrl(last))}" rel="last"/>`,
    ...(feed.page > 1
      ? [`<link href="${escapeXml(pageUrl(feed.page - 1))}" rel="previous"/>`]
      : []),
    ...(feed.page < last ? [`<link href="${escapeXml(pageUrl(feed.page + 1))}" rel="next"/>`] : []),
  ];
  const entries = feed.packages.map((pkg) => {
    const api = `${feed.site}/api/3/action/package_show?id=${encodeURIComponent(pkg.id)}`;
    const alternate = feed.landingPage(pkg) ?? api;
    return [
      '  <entry>',
      `    <title>${escapeXml(pkg.title)}</title>`,
      `    <link href="${escapeXml(alternate)}" rel="alternate"/>`,
      `    <link href="${escapeXml(api)}" rel="enclosure" type="application/json"/>`,
      `    <id>${escapeXml(`${feed.site}/dataset/${pkg.id}`)}</id>`,
      `    <author><name>${escapeXml(pkg.organization.title)}</name></author>`,
      `    <updated>${rfc3339(pkg.metadata_modified)}</updated>`,
      `    <published>${rfc3339(pkg.metadata_created)}</published>`,
      `    <summary>${escapeXml(pkg.notes)}</summary>`,
      ...pkg.tags.map((tag) => `    <category term="${escapeXml(tag.name)}"/>`),
      '  </entry>',
    ].join('\n');
  });
  const subtitle = feed.query
    ? `Neue oder geänderte Datensätze. Suche: ${feed.query}`
    : 'Neue oder geänderte Datensätze.';
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">',
    '  <title>Open Data Demo – Suche</title>',
    ...links.map((link) => `  ${link}`),
    `  <id>${escapeXml(feed.self)}</id>`,
    `  <updated>${updated}</updated>`,
    `  <subtitle>${escapeXml(subtitle)}</subtitle>`,
    '  <author><name>Open Data Demo</name></author>',
    '  <generator uri="https://ckan.org/">CKAN</generator>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
