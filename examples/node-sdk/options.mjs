// Command-line options shared by the example scripts.
import { parseArgs } from 'node:util';

/** Where the offline demo listens: `pnpm start` in the repository, or `npx saxon-demo-api`. */
export const DEMO_API = 'http://127.0.0.1:4000';

export function options(extra = {}) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      api: { type: 'string', default: process.env.SAXON_API ?? DEMO_API },
      lang: { type: 'string', default: 'de' },
      help: { type: 'boolean', short: 'h', default: false },
      ...extra,
    },
  });
  return { ...values, positionals, language: values.lang === 'en' ? 'en' : 'de' };
}
