/**
 * Parse-only throughput of the HCL parser over every `.tf` file under a
 * directory (default: the shared corpus): `npm run build && node dist/bench/parse-hcl.js [dir]`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHcl } from '../src/readers/terraform/hcl/parser.js';

function tfFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) tfFiles(path, out);
    else if (entry.isFile() && entry.name.endsWith('.tf')) out.push(path);
  }
  return out;
}

const root = process.argv[2] ?? '/work/shared/corpus/tasks/tf-hcl';
const texts = tfFiles(root).map((f) => readFileSync(f, 'utf8'));
const megabytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
for (let run = 1; run <= 3; run++) {
  let withErrors = 0;
  const started = performance.now();
  for (const text of texts) if (parseHcl(text).diagnostics.length > 0) withErrors++;
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `run ${run}: ${texts.length} files, ${megabytes.toFixed(1)} MB, ${seconds.toFixed(2)} s, ` +
      `${(megabytes / seconds).toFixed(1)} MB/s, files with syntax errors: ${withErrors}`,
  );
}
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
