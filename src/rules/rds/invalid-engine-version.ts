/**
 * rds/invalid-engine-version: an RDS or Aurora engine version that Amazon RDS
 * no longer creates, or that never existed; in AWS CDK programs, the version
 * constant (`rds.PostgresEngineVersion.VER_15_4`) that stands for one.
 */
import { resourcesOfType } from '../../model/query.js';
import type { Span } from '../../model/source.js';
import type { Program, Resource } from '../../model/types.js';
import { arg, stringValue } from '../../model/values.js';
import {
  engineVersionConstant,
  engineVersionConstantName,
  engineVersions,
  type EngineVersions,
} from '../../schema/rds-engine-versions.js';
import { scalarSource } from '../../fix/edits.js';
import { argumentName, describeResource } from '../describe.js';
import { CODE_FRAMEWORKS, defineRule, type RuleContext } from '../rule.js';

/** Engines whose instances accept a major version alone, RDS choosing the minor one. */
const MAJOR_ONLY = new Set(['postgres', 'mysql', 'mariadb']);

const TYPES = ['aws_db_instance', 'aws_rds_cluster', 'aws_rds_global_cluster'];

export default defineRule({
  meta: {
    id: 'rds/invalid-engine-version',
    title: 'RDS engine version that cannot be created',
    severity: 'high',
    frameworks: [...CODE_FRAMEWORKS, 'cdk-ts', 'cdk-py'],
    description:
      'An RDS instance or Aurora cluster whose engine version aws-cdk-lib marks as no longer supported by Amazon RDS, or a version that is not among the versions of its release line although newer ones are. The versions come from the engine-version classes of aws-cdk-lib. A CDK version constant inside a parameter or option group is left alone: the group takes only the engine family or major version from it.',
    rationale:
      'CreateDBInstance / CreateDBCluster refuse a minor version RDS has withdrawn ("Cannot find version 15.4 for postgres"): the database and everything that depends on it is never created. High rather than critical: the data carries no dates, and a version past its end of standard support can still be created on paid RDS Extended Support, so the failure is likely but not certain (89 corrected programs of the QA corpus deployed such versions before RDS withdrew them).',
    docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.PostgreSQL.html',
    fixable: 'suggest',
  },
  check(program, context) {
    if (program.framework === 'cdk-ts' || program.framework === 'cdk-py') return checkCdkConstants(program, context);
    for (const type of TYPES)
      for (const db of resourcesOfType(program, type)) {
        const engine = stringValue(arg(db, 'engine'));
        const value = arg(db, 'engine_version');
        const version = stringValue(value);
        if (!engine || !version || !value) continue;
        const known = engineVersions(engine);
        if (!known) continue;
        const verdict = judge(version, releaseLine(engine, version), known);
        if (!verdict) continue;
        const replacement = newestCurrent(engine, version, known);
        context.report({
          message:
            verdict === 'deprecated'
              ? `${describeResource(db)} uses ${engine} ${version}, which Amazon RDS no longer supports: creating it fails once RDS has withdrawn the version, and otherwise runs on paid Extended Support.${replacement ? ` Use ${replacement}${MAJOR_ONLY.has(engine) ? ` (or the major version "${releaseLine(engine, version)}")` : ''}.` : ''}`
              : `${describeResource(db)} uses ${engine} ${version}, which is not a version of ${engine} (the ${releaseLine(engine, version)} line has ${replacement ?? 'other versions'}): the deployment fails.`,
          span: value.span,
          resource: db,
          suggestion: replacement ? suggestion(db, version, replacement) : undefined,
        });
      }
  },
});

/**
 * AWS CDK: a version constant the program names (`rds.AuroraMysqlEngineVersion.VER_3_03_1`),
 * wherever it is written except inside another construct than a database (a parameter or
 * option group), judged by the version it stands for.
 */
function checkCdkConstants(program: Program, context: RuleContext): void {
  const databaseTypes = new Set(['AWS::RDS::DBCluster', 'AWS::RDS::DBInstance']);
  for (const reference of program.cdkReferences ?? []) {
    const [module, className, member] = reference.path;
    if (module !== 'aws_rds' || !className || !member || reference.path.length !== 3) continue;
    const constant = engineVersionConstant(className, member);
    const known = constant && engineVersions(constant.engine);
    if (!constant || !known) continue;
    const { engine, version } = constant;
    const verdict = judge(version, releaseLine(engine, version), known);
    if (verdict !== 'deprecated') continue;
    const replacement = newestCurrent(engine, version, known);
    const replacementName = replacement && engineVersionConstantName(className, replacement);
    const span = reference.span;
    const enclosing = innermostResourceAround(program, span);
    // A parameter or option group takes only the engine's family or major version from it: created all the same.
    if (enclosing && !databaseTypes.has(enclosing.type)) continue;
    context.report({
      message: `${className}.${member} is ${engine} ${version}, which Amazon RDS no longer supports: creating the database fails once RDS has withdrawn the version, and otherwise runs on paid Extended Support.${replacementName ? ` Use ${className}.${replacementName} (${replacement}).` : ''}`,
      span,
      resource: enclosing,
    });
  }
}

/** The innermost resource whose declaration contains the span. */
function innermostResourceAround(program: Program, span: Span): Resource | undefined {
  let found: Resource | undefined;
  for (const r of program.resources)
    if (r.span.file === span.file && r.span.start <= span.start && span.end <= r.span.end)
      if (!found || r.span.end - r.span.start < found.span.end - found.span.start) found = r;
  return found;
}

function suggestion(db: Resource, version: string, replacement: string): { before: string; after: string } {
  const name = argumentName(db, 'engine_version');
  const line = (v: string): string => {
    const text = scalarSource(db.framework, { kind: 'string', value: v });
    if (db.framework === 'pulumi-ts') return `${name}: ${text},`;
    if (db.framework === 'pulumi-py') return `${name}=${text},`;
    return `${name} = ${text}`;
  };
  return { before: line(version), after: line(replacement) };
}

/** `deprecated`, `unknown` (older than the newest of its line, yet not listed), or undefined when nothing is wrong or known. */
function judge(version: string, line: string, known: EngineVersions): 'deprecated' | 'unknown' | undefined {
  if (known.deprecated.has(version)) return 'deprecated';
  // A bare release line (`15`, `8.0`) lets RDS pick its default minor version.
  if (known.versions.has(version) || version === line) return undefined;
  const siblings = [...known.versions].filter(
    (v) => v !== line && releaseLineOf(v, line) && variant(v) === variant(version),
  );
  if (siblings.length === 0) return undefined;
  const newest = siblings.reduce((a, b) => (compareVersions(a, b) >= 0 ? a : b));
  // A version newer than every known one may simply be newer than the data.
  return compareVersions(version, newest) < 0 ? 'unknown' : undefined;
}

function releaseLineOf(version: string, line: string): boolean {
  return version.startsWith(`${line}.`);
}

/**
 * The release line a version belongs to: the major version (`15` of `15.4`),
 * two parts for MySQL and MariaDB (`8.0`, `10.11`), and the Aurora MySQL
 * major release (`8.0.mysql_aurora.3`).
 */
function releaseLine(engine: string, version: string): string {
  const parts = version.split('.');
  if (engine === 'aurora-mysql' || engine === 'aurora') return parts.slice(0, 4).join('.');
  if (engine === 'mysql' || engine === 'mariadb') return parts.slice(0, 2).join('.');
  return parts[0];
}

/** The newest version of the same release line that RDS still creates. */
function newestCurrent(engine: string, version: string, known: EngineVersions): string | undefined {
  const line = releaseLine(engine, version);
  const current = [...known.versions].filter(
    (v) => releaseLineOf(v, line) && variant(v) === variant(version) && !known.deprecated.has(v),
  );
  return current.length ? current.reduce((a, b) => (compareVersions(a, b) >= 0 ? a : b)) : undefined;
}

/**
 * The edition a version belongs to, from its suffix (`limitless` of Aurora PostgreSQL `16.9-limitless`,
 * which only a Limitless Database cluster runs); empty for the standard edition.
 */
function variant(version: string): string {
  const dash = version.indexOf('-');
  return dash < 0 ? '' : version.slice(dash + 1);
}

/** Compares dotted versions part by part, numerically where both parts start with a number (`9-limitless` is 9). */
function compareVersions(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '';
    const y = pb[i] ?? '';
    const nx = parseInt(x, 10);
    const ny = parseInt(y, 10);
    const diff = x !== '' && y !== '' && !isNaN(nx) && !isNaN(ny) ? nx - ny : x.localeCompare(y);
    if (diff !== 0) return diff;
  }
  return 0;
}
