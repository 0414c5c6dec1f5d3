/**
 * Bundles the command line into dist/bundle, the code the `preflight` command
 * runs. Loading some 250 ES modules one by one (resolving, reading and
 * compiling each) took about half of a one-file scan; a bundle takes a
 * fraction of that. The tests run the TypeScript build in dist/src;
 * test/cli/bundle.test.ts and scripts/check-package.sh check that the bundle
 * reports the same.
 *
 * Four files, each whole: main.js (version and help, 5 KB: compiling the rest
 * would double `--version`), commands.js (what main.js loads when a command
 * runs) and the two worker scripts. Their names match the built layout, where
 * main.js loads `./commands.js` and the code that starts threads loads
 * `./worker.js` and `./fix-worker.js` beside it.
 */
import { build } from 'esbuild';
import { chmodSync, rmSync } from 'node:fs';

const common = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // CommonJS dependencies require Node built-ins, which an ES module bundle needs a require for.
  banner: {
    js: "import { createRequire as preflightCreateRequire } from 'node:module';\nconst require = preflightCreateRequire(import.meta.url);",
  },
  legalComments: 'eof',
  logLevel: 'warning',
};

// Nothing of an earlier build lingers beside this one's files.
rmSync('dist/bundle', { recursive: true, force: true });
await build({
  ...common,
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/bundle/main.js',
  external: ['./commands.js'],
});
await build({
  ...common,
  entryPoints: ['src/cli/commands.ts', 'src/engine/worker.ts', 'src/fix/fix-worker.ts'],
  outdir: 'dist/bundle',
  entryNames: '[name]',
  // Native parsers load their platform binaries when first used; they stay packages.
  external: ['oxc-parser', 'tree-sitter', 'tree-sitter-python'],
  // jsonc-parser's main file is a UMD module whose requires esbuild cannot follow; its ES module build is whole.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
});
chmodSync('dist/bundle/main.js', 0o755);
