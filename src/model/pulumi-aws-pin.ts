/**
 * The @pulumi/aws (pulumi-aws) version a Pulumi program pins in its
 * dependency file (`requirements.txt`, `package.json`), as the major version of
 * the Terraform AWS provider it is built on: each pulumi-aws major bridges one
 * hashicorp/aws major (pulumi-aws 5 → 4.x, 6 → 5.x, 7 → 6.x; the "Upgrade to
 * terraform-provider-aws v…" notes of github.com/pulumi/pulumi-aws releases
 * 5.0.0, 6.0.0 and 7.0.0), so an argument that provider major has is one the
 * pinned package takes.
 */
import type { SourceFile, Span } from './source.js';
import type { Framework } from './types.js';
import { newestMajor, parseConstraints } from '../util/version-constraint.js';

/** pulumi-aws's major minus this is the hashicorp/aws major it bridges (from pulumi-aws 5 on). */
const PULUMI_TO_TERRAFORM_MAJOR = 1;
const FIRST_BRIDGED_MAJOR = 5;

export interface PulumiAwsPin {
  /** The newest pulumi-aws major the constraint admits. */
  pulumiMajor: number;
  /** The hashicorp/aws major that pulumi-aws major is built on. */
  terraformMajor: number;
  /** The constraint as written (`>=5.0.0,<6.0.0`, `^6.0.0`). */
  constraint: string;
  span: Span;
}

/** The pin of a Pulumi program's dependency file beside it; undefined when it has none that can be read. */
export function readPulumiAwsPin(
  framework: Framework,
  readFile: (path: string) => SourceFile | undefined,
): PulumiAwsPin | undefined {
  if (framework === 'pulumi-py') {
    const file = readFile('requirements.txt');
    return file && pinOfRequirements(file);
  }
  if (framework === 'pulumi-ts') {
    const file = readFile('package.json');
    return file && pinOfPackageJson(file);
  }
  return undefined;
}

/** `pulumi-aws>=5.0.0,<6.0.0` (or `pulumi_aws`, extras and markers allowed) in a pip requirements file. */
function pinOfRequirements(file: SourceFile): PulumiAwsPin | undefined {
  let offset = 0;
  for (const line of file.text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const requirement = line.split('#')[0].split(';')[0].trim();
    const match = /^pulumi[-_]aws\s*(?:\[[^\]]*\])?\s*(.*)$/i.exec(requirement);
    if (!match) continue;
    const conditions = match[1].split(',').map((c) => c.trim());
    // pip's operators in Terraform's spelling: `~=` is `~>`, `==5.*` admits 5.x.
    const translated = conditions.map((c) =>
      c.startsWith('~=')
        ? `~> ${c.slice(2)}`
        : /^==\s*\d+(\.\d+)*\.\*$/.test(c)
          ? `~> ${c.slice(2).replace(/\.\*$/, '')}.0`
          : c.startsWith('===')
            ? undefined
            : c.startsWith('==')
              ? `= ${c.slice(2)}`
              : c,
    );
    if (translated.some((c) => c === undefined)) return undefined;
    return pin(translated.join(', '), match[1], file.span(start, start + line.length));
  }
  return undefined;
}

/** `"@pulumi/aws": "^6.0.0"` among a package.json's dependencies. */
function pinOfPackageJson(file: SourceFile): PulumiAwsPin | undefined {
  let json: unknown;
  try {
    json = JSON.parse(file.text);
  } catch {
    return undefined;
  }
  if (typeof json !== 'object' || json === null) return undefined;
  const record = json as Record<string, unknown>;
  for (const group of ['dependencies', 'devDependencies']) {
    const deps = record[group];
    const range =
      typeof deps === 'object' && deps !== null ? (deps as Record<string, unknown>)['@pulumi/aws'] : undefined;
    if (typeof range !== 'string') continue;
    const translated = npmRange(range.trim());
    const at = file.text.indexOf('"@pulumi/aws"');
    return translated === undefined || at < 0
      ? undefined
      : pin(translated, range, file.span(at, at + '"@pulumi/aws"'.length));
  }
  return undefined;
}

/** An npm range in Terraform's constraint syntax: `^6.1.0`, `~6.1.0`, `6.x`, `6`, `>=5.0.0 <6.0.0`, `6.2.0`. */
function npmRange(range: string): string | undefined {
  if (range.includes('||') || range.includes(' - ')) return undefined;
  const caret = /^\^(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(range);
  if (caret) {
    const major = Number(caret[1]);
    // `^0.x` pins the minor; pulumi-aws has had no 0.x release worth reading.
    return major === 0 ? undefined : `>= ${range.slice(1)}, < ${major + 1}.0.0`;
  }
  if (/^~\d+(\.\d+){0,2}$/.test(range))
    return `~> ${range.slice(1).split('.').length === 1 ? `${range.slice(1)}.0` : range.slice(1)}`;
  const wildcard = /^(\d+)(?:\.[x*])?(?:\.[x*])?$/.exec(range);
  if (wildcard) return `~> ${wildcard[1]}.0`;
  return range.split(/\s+/).join(', ');
}

function pin(constraint: string, written: string, span: Span): PulumiAwsPin | undefined {
  const range = parseConstraints([constraint]);
  const pulumiMajor = range && newestMajor(range);
  if (pulumiMajor === undefined || pulumiMajor < FIRST_BRIDGED_MAJOR) return undefined;
  return { pulumiMajor, terraformMajor: pulumiMajor - PULUMI_TO_TERRAFORM_MAJOR, constraint: written.trim(), span };
}
