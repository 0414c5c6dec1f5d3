#!/usr/bin/env node
// Generates src/schema/data/python-stdlib.json: the top-level module names of
// the Python standard library, as CPython itself lists them
// (`sys.stdlib_module_names`, Python 3.10+). A Lambda handler may import these
// without packaging anything; any other module must ship with the code.
//
// Usage: node scripts/generate-python-stdlib.mjs [python3]
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const python = process.argv[2] ?? 'python3';
const script =
  'import json, platform, sys; print(json.dumps([platform.python_version(), sorted(sys.stdlib_module_names)]))';
const [version, modules] = JSON.parse(execFileSync(python, ['-c', script], { encoding: 'utf8' }));
const out = join(here, '..', 'src', 'schema', 'data', 'python-stdlib.json');
writeFileSync(out, JSON.stringify({ source: { python: version, list: 'sys.stdlib_module_names' }, modules }) + '\n');
console.log(`wrote ${modules.length} module names from Python ${version} to ${out}`);
