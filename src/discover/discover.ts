/**
 * Walks the paths to scan and groups IaC files into programs: a Terraform
 * module is a directory of `.tf` files, a Pulumi project is the directory
 * holding `Pulumi.yaml` (or, without one, the directory of the sources), and
 * a Markdown document or a CloudFormation template is a program of its own.
 */
import { existsSync, lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { readBoundedText } from '../util/read-file.js';
import type { Framework } from '../model/types.js';
import { mayBeTemplateFile, mayBeTemplateText } from '../readers/cloudformation/detect.js';
import { frameworkOfExtension, isTestFile, TEST_DIRECTORIES } from '../readers/frameworks.js';

/** A `.gitignore` is lines of globs; past a megabyte it is not one a person wrote. */
const MAX_GITIGNORE_BYTES = 1024 * 1024;

export type ProgramKind = Framework | 'markdown';

export interface DiscoveredProgram {
  kind: ProgramKind;
  /** Program directory, or the Markdown file. */
  root: string;
  files: string[];
  /**
   * A Markdown document named on the command line rather than found while walking a directory: it is read
   * whatever its code, where a document found beside an answer is read only when it presents a program.
   */
  named?: boolean;
}

export interface Discovery {
  programs: DiscoveredProgram[];
  /** One-line errors for paths that could not be read. */
  errors: string[];
}

const SKIPPED_DIRECTORIES = new Set([
  'node_modules',
  '.terraform',
  'cdk.out',
  'dist',
  '.git',
  '.venv',
  'venv',
  '__pycache__',
]);
/** Files that mark a project's root directory: Pulumi, AWS CDK and CDK for Terraform apps. */
const PROJECT_FILES = ['Pulumi.yaml', 'Pulumi.yml', 'cdk.json', 'cdktf.json'];

interface IgnoreLayer {
  dir: string;
  rules: Ignore;
}

export function discover(paths: string[], options: { markdownInDirectories?: boolean } = {}): Discovery {
  const errors: string[] = [];
  const terraformModules = new Map<string, string[]>();
  const pulumiFiles = new Map<string, { framework: Framework; files: string[] }>();
  /** Markdown documents, each with whether the command line named it. */
  const markdown = new Map<string, boolean>();
  const templates: string[] = [];
  const visitedDirectories = new Set<string>();
  const markdownInDirectories = options.markdownInDirectories ?? true;

  const pulumiRootOf = (file: string, scanRoot: string): string => {
    // The nearest directory up to the scan root that holds Pulumi.yaml (or a CDK app's cdk.json,
    // a CDKTF app's cdktf.json); else the file's directory.
    let dir = dirname(file);
    const stop = dirname(scanRoot);
    while (dir.startsWith(scanRoot) || dir === scanRoot) {
      if (PROJECT_FILES.some((name) => existsSync(join(dir, name)))) return dir;
      const parent = dirname(dir);
      if (parent === dir || parent === stop) break;
      dir = parent;
    }
    return dirname(file);
  };

  const addFile = (file: string, scanRoot: string, explicit: boolean) => {
    const ext = extname(file).toLowerCase();
    if (ext === '.tf') {
      const dir = dirname(file);
      const list = terraformModules.get(dir) ?? [];
      if (!list.includes(file)) list.push(file);
      terraformModules.set(dir, list);
    } else if (ext === '.md' || ext === '.markdown') {
      if (explicit || markdownInDirectories) markdown.set(file, explicit || (markdown.get(file) ?? false));
    } else if (mayBeTemplateFile(file)) {
      // A YAML or JSON file is a program of its own when it is a CloudFormation template.
      if (!templates.includes(file) && isTemplateCandidate(file)) templates.push(file);
    } else {
      const framework = frameworkOfExtension(ext);
      if (!framework || (!explicit && isTestFile(basename(file)))) return;
      const root = pulumiRootOf(file, scanRoot);
      const key = `${framework}\0${root}`;
      const entry = pulumiFiles.get(key) ?? { framework, files: [] };
      if (!entry.files.includes(file)) entry.files.push(file);
      pulumiFiles.set(key, entry);
    }
  };

  const walk = (dir: string, scanRoot: string, layers: IgnoreLayer[]) => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch (error) {
      errors.push(`cannot read ${dir}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      return;
    }
    if (visitedDirectories.has(real)) return; // symlink loop or a directory reached twice
    visitedDirectories.add(real);
    let entries: string[];
    try {
      entries = readdirSync(dir).sort();
    } catch (error) {
      errors.push(`cannot read ${dir}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      return;
    }
    let own = layers;
    if (entries.includes('.gitignore')) {
      try {
        own = [
          ...layers,
          { dir, rules: ignore().add(readBoundedText(join(dir, '.gitignore'), { maxBytes: MAX_GITIGNORE_BYTES })) },
        ];
      } catch {
        // An unreadable .gitignore (or a FIFO, a device, an oversized file) ignores nothing.
      }
    }
    for (const name of entries) {
      const path = join(dir, name);
      let stats;
      try {
        stats = statSync(path);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        // A dangling symlink is not an error worth reporting; anything else is.
        if (code !== 'ENOENT' || !lstatSync(path).isSymbolicLink()) errors.push(`cannot read ${path}: ${code}`);
        continue;
      }
      const isDirectory = stats.isDirectory();
      if (isIgnored(own, path, isDirectory)) continue;
      if (isDirectory) {
        if (SKIPPED_DIRECTORIES.has(name) || TEST_DIRECTORIES.has(name)) continue;
        walk(path, scanRoot, own);
      } else if (stats.isFile()) addFile(path, scanRoot, false);
    }
  };

  for (const input of paths) {
    const path = resolve(input);
    let stats;
    try {
      stats = statSync(path);
    } catch (error) {
      errors.push(`cannot read ${input}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      continue;
    }
    if (stats.isDirectory()) walk(path, path, []);
    else if (stats.isFile()) addFile(path, dirname(path), true);
    // A FIFO or device would block the read forever: say so and go on.
    else errors.push(`cannot read ${input}: not a regular file`);
  }

  const programs: DiscoveredProgram[] = [];
  for (const [root, files] of terraformModules) programs.push({ kind: 'terraform', root, files: files.sort() });
  for (const [key, entry] of pulumiFiles)
    programs.push({ kind: entry.framework, root: key.split('\0')[1], files: entry.files.sort() });
  for (const [file, named] of markdown)
    programs.push(
      named ? { kind: 'markdown', root: file, files: [file], named } : { kind: 'markdown', root: file, files: [file] },
    );
  for (const file of templates) programs.push({ kind: 'cloudformation', root: file, files: [file] });
  programs.sort((a, b) => (a.root < b.root ? -1 : a.root > b.root ? 1 : 0));
  return { programs, errors };
}

function isIgnored(layers: IgnoreLayer[], path: string, isDirectory: boolean): boolean {
  for (const layer of layers) {
    const rel = relative(layer.dir, path).split(sep).join('/');
    if (!rel || rel.startsWith('..')) continue;
    if (layer.rules.ignores(isDirectory ? `${rel}/` : rel)) return true;
  }
  return false;
}

/** Largest file read to decide whether it is a template (bigger ones are not templates: CloudFormation takes 1 MB). */
const MAX_TEMPLATE_BYTES = 5 * 1024 * 1024;

/** Whether a YAML or JSON file's text may be a template; the reader decides from the parsed document. */
function isTemplateCandidate(path: string): boolean {
  try {
    return mayBeTemplateText(readBoundedText(path, { maxBytes: MAX_TEMPLATE_BYTES }));
  } catch {
    return false;
  }
}
