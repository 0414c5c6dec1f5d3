/**
 * Which reader reads a file, by its extension: the one place that says so
 * (discovery, the Markdown reader and `--fix` all ask here).
 */
import type { Framework } from '../model/types.js';

const FRAMEWORK_OF_EXTENSION: Record<string, Framework> = {
  '.tf': 'terraform',
  '.ts': 'pulumi-ts',
  '.mts': 'pulumi-ts',
  '.js': 'pulumi-ts',
  '.mjs': 'pulumi-ts',
  '.py': 'pulumi-py',
};

/** The framework whose reader reads files with this extension (`.tf`, `.ts`…), if any. */
export function frameworkOfExtension(extension: string): Framework | undefined {
  return Object.hasOwn(FRAMEWORK_OF_EXTENSION, extension) ? FRAMEWORK_OF_EXTENSION[extension] : undefined;
}

/** Every extension some reader reads. */
export const READ_EXTENSIONS: readonly string[] = Object.keys(FRAMEWORK_OF_EXTENSION);
