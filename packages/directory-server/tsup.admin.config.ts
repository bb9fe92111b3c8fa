import { readdir, readFile, writeFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';

const OUT_DIR = 'dist/admin';

/**
 * The moderation console (`admin/`) as one self-contained browser bundle in `dist/admin/`: Lit,
 * the SDK and `diff` inside, the file name content-hashed so the server can let browsers keep it
 * for a year. The page is written last, pointing at the hashed name.
 */
export default defineConfig({
  entry: { console: 'admin/main.ts' },
  outDir: OUT_DIR,
  format: ['esm'],
  platform: 'browser',
  target: 'es2022',
  minify: true,
  sourcemap: false,
  dts: false,
  clean: true,
  splitting: false,
  noExternal: [/.*/],
  esbuildOptions(options) {
    options.entryNames = '[name]-[hash]';
    options.legalComments = 'none';
  },
  async onSuccess() {
    const script = (await readdir(OUT_DIR)).find((name) => /^console-[A-Z0-9]+\.js$/.test(name));
    if (!script) throw new Error(`no console bundle in ${OUT_DIR}`);
    const page = await readFile('admin/index.html', 'utf8');
    await writeFile(`${OUT_DIR}/index.html`, page.replace('./console.js', `./${script}`));
  },
});
