#!/usr/bin/env node
// Writes test/fixtures/sarif-schema-2.1.0.json, the SARIF 2.1.0 JSON schema the
// SARIF report is validated against in tests. The schema is the one Microsoft's
// SARIF SDK ships in the @microsoft/jest-sarif npm package (pinned below), so
// the copy is reproducible from the registry rather than typed or pasted.
//
// Usage: node scripts/fetch-sarif-schema.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = '@microsoft/jest-sarif';
const VERSION = '1.0.0-beta.0';
const SCHEMA_IN_PACKAGE = 'package/lib/schemas/sarif-2.1.0-rtm.5.json';

const dir = mkdtempSync(join(tmpdir(), 'preflight-sarif-schema-'));
const tarball = execFileSync('npm', ['pack', `${PACKAGE}@${VERSION}`, '--silent'], {
  cwd: dir,
  encoding: 'utf8',
}).trim();
execFileSync('tar', ['xzf', tarball, SCHEMA_IN_PACKAGE], { cwd: dir });
const schema = JSON.parse(readFileSync(join(dir, SCHEMA_IN_PACKAGE), 'utf8'));
if (schema.properties?.version?.enum?.[0] !== '2.1.0')
  throw new Error(`${SCHEMA_IN_PACKAGE} is not the SARIF 2.1.0 schema`);

const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'sarif-schema-2.1.0.json');
writeFileSync(target, JSON.stringify(schema, null, 2) + '\n');
console.log(`wrote ${target} from ${PACKAGE}@${VERSION}`);
