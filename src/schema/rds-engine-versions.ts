/**
 * RDS engine versions per engine, and those Amazon RDS no longer creates,
 * generated from aws-cdk-lib's engine-version classes by
 * scripts/generate-rds-engine-versions.mjs (data/rds-engine-versions.json).
 */
import { readFileSync } from 'node:fs';
import { packageFile } from '../util/package-file.js';

export interface EngineVersions {
  versions: ReadonlySet<string>;
  deprecated: ReadonlySet<string>;
}

let engines: Map<string, EngineVersions> | undefined;

/** The known and deprecated versions of an RDS engine (`postgres`, `aurora-mysql`, ...), if the data covers it. */
export function engineVersions(engine: string): EngineVersions | undefined {
  if (!engines) {
    const data = JSON.parse(readFileSync(packageFile('src/schema/data/rds-engine-versions.json'), 'utf8')) as {
      engines: Record<string, { versions: string[]; deprecated: string[] }>;
    };
    engines = new Map(
      Object.entries(data.engines).map(([name, e]) => [
        name,
        { versions: new Set(e.versions), deprecated: new Set(e.deprecated) },
      ]),
    );
  }
  return engines.get(engine);
}

let constants: Map<string, { engine: string; versions: Record<string, string> }> | undefined;

/**
 * What an AWS CDK version constant stands for: `AuroraMysqlEngineVersion`,
 * `VER_3_03_1` → `{ engine: 'aurora-mysql', version: '8.0.mysql_aurora.3.03.1' }`.
 */
export function engineVersionConstant(
  className: string,
  member: string,
): { engine: string; version: string } | undefined {
  if (!constants) {
    const data = JSON.parse(readFileSync(packageFile('src/schema/data/rds-engine-versions.json'), 'utf8')) as {
      constants?: Record<string, { engine: string; versions: Record<string, string> }>;
    };
    constants = new Map(Object.entries(data.constants ?? {}));
  }
  const entry = constants.get(className);
  const version = entry && Object.hasOwn(entry.versions, member) ? entry.versions[member] : undefined;
  return entry && version ? { engine: entry.engine, version } : undefined;
}

/** The constant of a CDK version class that stands for a version (`15.8` → `VER_15_8`), if it has one. */
export function engineVersionConstantName(className: string, version: string): string | undefined {
  engineVersionConstant(className, '');
  const entry = constants!.get(className);
  return entry ? Object.keys(entry.versions).find((name) => entry.versions[name] === version) : undefined;
}
