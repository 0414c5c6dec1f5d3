/**
 * Files shipped with the package (schema data, rule docs, package.json), by
 * their path in the package. The code runs from `dist/src/**` (the TypeScript
 * build the tests use) or from the bundle in `dist/bundle`, at different
 * depths, so paths are taken from the package root: the nearest directory
 * above this module that holds a package.json.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

function packageRoot(): string {
  if (root === undefined) {
    let directory = dirname(fileURLToPath(import.meta.url));
    while (!existsSync(join(directory, 'package.json')) && dirname(directory) !== directory)
      directory = dirname(directory);
    root = directory;
  }
  return root;
}

/** The absolute path of a file of the package (`src/schema/data/cloudformation.json`). */
export function packageFile(path: string): string {
  return join(packageRoot(), path);
}
