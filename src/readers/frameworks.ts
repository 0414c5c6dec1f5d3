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

/** Directories of tests, not of the program: a scan does not descend into them. */
export const TEST_DIRECTORIES: ReadonlySet<string> = new Set(['test', 'tests', '__tests__']);

/** A test or declaration file by its name (`stack.test.ts`, `test_stack.py`, `types.d.ts`): not part of the program. */
export function isTestFile(name: string): boolean {
  return /\.(test|spec)\.[cm]?[jt]s$/.test(name) || /^test_.*\.py$|_test\.py$/.test(name) || name.endsWith('.d.ts');
}

/** A file of a program's tests by its relative path: a test file, or any file under a test directory. */
export function isTestPath(path: string): boolean {
  const parts = path.split(/[\\/]/);
  return isTestFile(parts[parts.length - 1]) || parts.slice(0, -1).some((part) => TEST_DIRECTORIES.has(part));
}

/**
 * The framework a package of infrastructure code belongs to, by the top-level
 * name an import statement gives it (as the readers' parsers read it): CDK
 * for Terraform (`cdktf`, `@cdktf/*`, `cdktf_cdktf_provider_aws`), the AWS CDK
 * (`aws-cdk-lib`, `@aws-cdk/*`, `aws_cdk`), Pulumi (`@pulumi/*`, `pulumi`,
 * `pulumi_aws`); undefined for any other package.
 */
export function frameworkOfPackage(language: 'ts' | 'py', specifier: string): Framework | undefined {
  const root = language === 'py' ? specifier.split('.')[0] : specifier;
  if (language === 'ts') {
    if (root === 'cdktf' || root.startsWith('@cdktf/')) return 'cdktf-ts';
    if (root === 'aws-cdk-lib' || root.startsWith('aws-cdk-lib/') || root.startsWith('@aws-cdk/')) return 'cdk-ts';
    if (root.startsWith('@pulumi/')) return 'pulumi-ts';
    return undefined;
  }
  if (root === 'cdktf' || root.startsWith('cdktf_')) return 'cdktf-py';
  if (root === 'aws_cdk') return 'cdk-py';
  if (root === 'pulumi' || root.startsWith('pulumi_')) return 'pulumi-py';
  return undefined;
}

/**
 * The framework a TypeScript or Python program is written for, by the
 * packages its import statements name: CDK for Terraform over the AWS CDK
 * (a CDKTF app may import both), else Pulumi.
 */
export function frameworkOfImports(language: 'ts' | 'py', specifiers: Iterable<string>): Framework {
  let cdk = false;
  for (const specifier of specifiers) {
    const framework = frameworkOfPackage(language, specifier);
    if (framework === 'cdktf-ts' || framework === 'cdktf-py') return framework;
    if (framework === 'cdk-ts' || framework === 'cdk-py') cdk = true;
  }
  if (cdk) return language === 'ts' ? 'cdk-ts' : 'cdk-py';
  return language === 'ts' ? 'pulumi-ts' : 'pulumi-py';
}
