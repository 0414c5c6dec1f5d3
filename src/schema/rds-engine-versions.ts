/**
 * RDS engine versions per engine, and those Amazon RDS no longer creates,
 * generated from aws-cdk-lib's engine-version classes by
 * scripts/generate-rds-engine-versions.mjs (data/rds-engine-versions.json).
 */
import { readFileSync } from 'node:fs';

export interface EngineVersions {
  versions: ReadonlySet<string>;
  deprecated: ReadonlySet<string>;
}

let engines: Map<string, EngineVersions> | undefined;

/** The known and deprecated versions of an RDS engine (`postgres`, `aurora-mysql`, ...), if the data covers it. */
export function engineVersions(engine: string): EngineVersions | undefined {
  if (!engines) {
    const data = JSON.parse(
      readFileSync(new URL('../../../src/schema/data/rds-engine-versions.json', import.meta.url), 'utf8'),
    ) as { engines: Record<string, { versions: string[]; deprecated: string[] }> };
    engines = new Map(
      Object.entries(data.engines).map(([name, e]) => [
        name,
        { versions: new Set(e.versions), deprecated: new Set(e.deprecated) },
      ]),
    );
  }
  return engines.get(engine);
}
