import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * What a bundler keeps when an app imports one entry point: an esbuild metafile lists every input
 * file that ends up in the bundle.
 */
async function inputsOf(code: string): Promise<string[]> {
  const result = await build({
    stdin: {
      contents: code,
      resolveDir: fileURLToPath(new URL('.', import.meta.url)),
      loader: 'ts',
    },
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    treeShaking: true,
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0]!;
  return Object.keys(output.inputs).filter((input) => output.inputs[input]!.bytesInOutput > 0);
}

describe('entry points pull in only what they need', () => {
  it('the CKAN adapter alone contains no EntryStore code', async () => {
    const inputs = await inputsOf(
      "import { createCkanClient } from '../src/open-data/ckan/index.ts'; console.log(createCkanClient);",
    );
    expect(inputs.some((file) => file.includes('/open-data/ckan/'))).toBe(true);
    expect(inputs.filter((file) => file.includes('/entrystore/'))).toEqual([]);
    expect(inputs.filter((file) => file.includes('/directory/'))).toEqual([]);
  });

  it('the EntryStore adapter alone contains no CKAN code', async () => {
    const inputs = await inputsOf(
      "import { createEntryStoreClient } from '../src/open-data/entrystore/index.ts'; console.log(createEntryStoreClient);",
    );
    expect(inputs.some((file) => file.includes('/open-data/entrystore/'))).toBe(true);
    expect(inputs.filter((file) => file.includes('/ckan/'))).toEqual([]);
    expect(inputs.filter((file) => file.includes('/directory/'))).toEqual([]);
  });

  it('the directory client alone contains no open-data code', async () => {
    const inputs = await inputsOf(
      "import { createDirectoryClient } from '../src/directory/index.ts'; console.log(createDirectoryClient);",
    );
    expect(inputs.filter((file) => file.includes('/open-data/'))).toEqual([]);
  });

  it('the full client contains both adapters (the test can tell them apart)', async () => {
    const inputs = await inputsOf(
      "import { createOpenDataClient } from '../src/open-data/client.ts'; console.log(createOpenDataClient);",
    );
    expect(inputs.some((file) => file.includes('/ckan/'))).toBe(true);
    expect(inputs.some((file) => file.includes('/entrystore/'))).toBe(true);
  });
});

describe('the preview entry point stays apart', () => {
  it('the preview alone contains no portal adapter, no transport and no ky', async () => {
    const inputs = await inputsOf(
      "import { loadPreview, previewFromBytes } from '../src/preview/index.ts'; console.log(loadPreview, previewFromBytes);",
    );
    expect(inputs.some((file) => file.includes('/preview/'))).toBe(true);
    expect(inputs.filter((file) => /\/(ckan|entrystore|directory)\//.test(file))).toEqual([]);
    expect(inputs.filter((file) => /node_modules|\/http\/transport/.test(file))).toEqual([]);
  });

  it('the open-data and root entries contain no preview code', async () => {
    for (const entry of ['../src/open-data/index.ts', '../src/index.ts']) {
      const inputs = await inputsOf(`import * as sdk from '${entry}'; console.log(sdk);`);
      expect(inputs.filter((file) => file.includes('/preview/'))).toEqual([]);
    }
  });
});
