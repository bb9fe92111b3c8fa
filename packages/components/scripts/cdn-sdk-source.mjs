// The script-tag build takes `@saxon-ai/sdk` from its TypeScript sources, not from its built
// `dist/`: the built entries share chunks that mix both portal adapters with the HTTP layer, so a
// widget that loads one adapter with `import()` would still get both.
//
// From the sources, one more step is needed. esbuild decides which chunk a module goes to by the
// entries whose imports reach it, before tree shaking: a widget that imports `portals` from the
// SDK's root reaches, through the root's re-exports, both adapters — which then travel with the
// widget although only a lazy part uses them. So each `import { a, b } from '@saxon-ai/sdk'` of
// our code resolves to a module of its own that takes `a` and `b` from the SDK modules that
// define them, reaching nothing else.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';

/** Each entry of the SDK's package.json `exports` and the source its tsup configs build it from. */
const SDK_SOURCES = {
  '.': 'src/index.ts',
  './directory': 'src/directory/index.ts',
  './open-data': 'src/open-data/index.ts',
  './ckan': 'src/open-data/ckan/index.ts',
  './entrystore': 'src/open-data/entrystore/index.ts',
  './preview': 'src/preview/index.ts',
};

const SPECIFIER = /^@saxon-ai\/sdk(\/[\w-]+)?$/;

const parse = (file) =>
  ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);

/** `./x.js` in `from` → the `.ts` file it names. */
const sourceOf = (from, specifier) => resolve(dirname(from), specifier.replace(/\.js$/, '.ts'));

const hasExportModifier = (node) =>
  ts.canHaveModifiers(node) &&
  (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** The names a statement declares (`export function f`, `export const a = …, b = …`). */
function declaredNames(statement) {
  if (ts.isVariableStatement(statement))
    return statement.declarationList.declarations.flatMap((d) =>
      ts.isIdentifier(d.name) ? [d.name.text] : [],
    );
  return statement.name ? [statement.name.text] : [];
}

/**
 * Where the value `name` exported by `file` is defined: `{ file, name }` of the module that
 * declares it, following `export { … } from` and `export * from`. Undefined when `file` does not
 * export it (or only as a type).
 */
function definition(file, name, seen = new Set()) {
  if (seen.has(file)) return undefined;
  seen.add(file);
  const source = parse(file);
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement)) {
      if (statement.isTypeOnly) continue;
      const from = statement.moduleSpecifier?.text;
      if (!statement.exportClause) {
        const found = from && definition(sourceOf(file, from), name, seen);
        if (found) return found;
        continue;
      }
      if (!ts.isNamedExports(statement.exportClause)) continue;
      for (const element of statement.exportClause.elements) {
        if (element.isTypeOnly || element.name.text !== name) continue;
        const local = (element.propertyName ?? element.name).text;
        if (!from) return { file, name: local };
        return definition(sourceOf(file, from), local, new Set()) ?? { file, name: local };
      }
    } else if (hasExportModifier(statement) && declaredNames(statement).includes(name)) {
      return { file, name };
    }
  }
  return undefined;
}

/** The value names `importer` takes from `specifier`, or undefined when it takes the whole module. */
function importedNames(importer, specifier) {
  const names = new Set();
  for (const statement of parse(importer).statements) {
    const isImport = ts.isImportDeclaration(statement);
    if (!isImport && !ts.isExportDeclaration(statement)) continue;
    if (statement.moduleSpecifier?.text !== specifier) continue;
    if (isImport) {
      const clause = statement.importClause;
      if (!clause) return undefined; // a bare import, for its side effects
      if (clause.isTypeOnly) continue;
      if (clause.name || !clause.namedBindings || !ts.isNamedImports(clause.namedBindings))
        return undefined; // default or namespace import
      for (const element of clause.namedBindings.elements)
        if (!element.isTypeOnly) names.add((element.propertyName ?? element.name).text);
    } else {
      if (statement.isTypeOnly) continue;
      if (!statement.exportClause || !ts.isNamedExports(statement.exportClause)) return undefined;
      for (const element of statement.exportClause.elements)
        if (!element.isTypeOnly) names.add((element.propertyName ?? element.name).text);
    }
  }
  return names;
}

/**
 * An esbuild plugin resolving `@saxon-ai/sdk` and its subpaths to the SDK's sources, name by name
 * (see above). Fails the build when the SDK exports an entry this table does not know, so a new
 * entry cannot silently come from `dist/`, or when our code imports a name the SDK lacks.
 */
export function sdkFromSource(sdkDir) {
  const { exports } = JSON.parse(readFileSync(join(sdkDir, 'package.json'), 'utf8'));
  const unknown = Object.keys(exports).filter(
    (entry) => entry !== './package.json' && !entry.includes('*') && !(entry in SDK_SOURCES),
  );
  if (unknown.length)
    throw new Error(`build-cdn: no source known for @saxon-ai/sdk ${unknown.join(', ')}`);
  const entryFile = (specifier) => {
    const source = SDK_SOURCES[`.${specifier.slice('@saxon-ai/sdk'.length)}`];
    return source && join(sdkDir, source);
  };
  return {
    name: 'sdk-from-source',
    setup(build) {
      build.onResolve({ filter: SPECIFIER }, (args) => {
        const file = entryFile(args.path);
        if (!file) return { errors: [{ text: `@saxon-ai/sdk has no entry "${args.path}"` }] };
        // A lazy part (`import()`) gets the entry itself: that is the part's boundary.
        if (args.kind === 'dynamic-import' || !args.importer) return { path: file };
        const names = importedNames(args.importer, args.path);
        if (!names) return { path: file };
        return {
          path: `${args.importer}?${args.path}`,
          namespace: 'sdk-names',
          pluginData: { file, names: [...names] },
        };
      });
      build.onLoad({ filter: /.*/, namespace: 'sdk-names' }, ({ pluginData: { file, names } }) => {
        const lines = [];
        for (const name of names) {
          const found = definition(file, name);
          if (!found) return { errors: [{ text: `${file} exports no value "${name}"` }] };
          const exported = found.name === name ? name : `${found.name} as ${name}`;
          lines.push(`export { ${exported} } from ${JSON.stringify(found.file)};`);
        }
        return { contents: lines.join('\n'), loader: 'js', resolveDir: dirname(file) };
      });
    },
  };
}
