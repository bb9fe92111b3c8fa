// `cem analyze` reads the elements' JSDoc (@tagname, @slot, @csspart, @cssprop, @fires) and writes
// custom-elements.json, which package.json points editors and Storybook's controls at.

/**
 * A union type that Prettier broke over several lines reads as one line in the manifest, as
 * editors and Storybook's tables show it: `'a' | 'b' | null`, not a leading `|` and line breaks.
 */
const oneLineTypes = {
  name: 'one-line-types',
  packageLinkPhase({ customElementsManifest }) {
    const visit = (node) => {
      if (Array.isArray(node)) return node.forEach(visit);
      if (!node || typeof node !== 'object') return;
      if (typeof node.type?.text === 'string')
        node.type.text = node.type.text.replace(/\s+/g, ' ').replace(/^\| /, '').trim();
      Object.values(node).forEach(visit);
    };
    visit(customElementsManifest);
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: [
    'src/**/*.test.ts',
    'src/**/*.stories.ts',
    'src/cdn/**',
    'src/docs/**',
    'src/configurator/**',
  ],
  outdir: '.',
  litelement: true,
  plugins: [oneLineTypes],
};
