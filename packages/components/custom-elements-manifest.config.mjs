// `cem analyze` reads the elements' JSDoc (@tagname, @slot, @csspart, @cssprop, @fires) and writes
// custom-elements.json, which package.json points editors and Storybook's controls at.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/cdn/**', 'src/docs/**'],
  outdir: '.',
  litelement: true,
};
