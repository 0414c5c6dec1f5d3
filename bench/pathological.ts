/**
 * The pathological shapes of issue 13: each is generated into a temporary
 * directory and scanned (or fixed) by the CLI in a child process, whose wall
 * time and peak memory (GNU time's maximum resident set) are printed. Goal:
 * every shape under the size limit in at most 10 s and 1 GB, and no crash.
 *
 *   npm run bench:pathological                 (this checkout)
 *   PREFLIGHT_CLI=/other/dist/bundle/main.js node dist/bench/pathological.js
 *   PATHOLOGICAL_TIMEOUT=60 ...               (seconds per shape; default 120)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = process.env.PREFLIGHT_CLI ?? fileURLToPath(new URL('../bundle/main.js', import.meta.url));
const TIMEOUT = Number(process.env.PATHOLOGICAL_TIMEOUT ?? 120);

interface Shape {
  name: string;
  files: () => Record<string, string>;
  args: string[];
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

const SHAPES: Shape[] = [
  {
    name: 'did-you-mean: 1,000 buckets, 1,000 misspelled references',
    files: () => ({
      'main.tf': range(1000)
        .map((i) => `resource "aws_s3_bucket" "bucket_number_${i}" {}\n`)
        .concat(range(1000).map((i) => `output "o${i}" {\n  value = aws_s3_bucket.bucket_numbr_${i}.id\n}\n`))
        .join(''),
    }),
    args: ['scan', '.', '--rules', 'terraform/undefined-reference'],
  },
  {
    name: 'did-you-mean: a 300 KB reference name',
    files: () => ({
      'main.tf':
        range(200)
          .map((i) => `resource "aws_s3_bucket" "b${i}_${'x'.repeat(1000)}" {}\n`)
          .join('') + `output "o" {\n  value = aws_s3_bucket.${'y'.repeat(300_000)}.id\n}\n`,
    }),
    args: ['scan', '.', '--rules', 'terraform/undefined-reference'],
  },
  {
    name: 'Python: a one-line 4.9 MB list',
    files: () => ({
      'Pulumi.yaml': 'name: p\nruntime: python\n',
      '__main__.py': `import pulumi\nx = [${range(700_000).map(String).join(',')}]\n`,
    }),
    args: ['scan', '.'],
  },
  {
    name: 'TypeScript: an object with 400k keys',
    files: () => ({
      'Pulumi.yaml': 'name: p\nruntime: nodejs\n',
      'index.ts': `import * as aws from '@pulumi/aws';\nconst x = {${range(400_000)
        .map((i) => `k${i}:1`)
        .join(',')}};\nnew aws.s3.Bucket('b', { tags: x });\n`,
    }),
    args: ['scan', '.'],
  },
  {
    name: 'TypeScript: 6,000 nested brackets',
    files: () => ({ 'x.ts': `const x = ${'['.repeat(6000)}${']'.repeat(6000)};\n` }),
    args: ['scan', '.'],
  },
  {
    name: 'fix --dry-run: a Markdown answer of 5,000 blocks',
    files: () => ({
      'answer.md': range(5000)
        .map((i) => `Key ${i}:\n\n\`\`\`hcl\nresource "aws_kms_key" "k${i}" {}\n\`\`\`\n\n`)
        .join(''),
    }),
    args: ['fix', 'answer.md', '--dry-run', '--rules', 'kms/rotation-disabled'],
  },
  {
    // 300k globs no longer fit: configuration files are refused above 1 MB. This is the most that fits.
    name: 'configuration: 70k exclude globs (the 1 MB configuration limit)',
    files: () => ({
      '.preflight.yaml': `exclude:\n${range(70_000)
        .map((i) => `  - d${i}/**\n`)
        .join('')}`,
      'main.tf': 'resource "aws_kms_key" "a" {}\n',
    }),
    args: ['scan', '.'],
  },
];

console.log(`preflight: ${CLI}`);
for (const shape of SHAPES) {
  const dir = mkdtempSync(join(tmpdir(), 'preflight-pathological-'));
  try {
    for (const [name, text] of Object.entries(shape.files())) writeFileSync(join(dir, name), text);
    const started = process.hrtime.bigint();
    // `fix` takes no --format: the row measured its usage error before.
    const format = shape.args[0] === 'fix' ? [] : ['--format', 'json'];
    const run = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, CLI, ...shape.args, ...format], {
      cwd: dir,
      encoding: 'utf8',
      timeout: TIMEOUT * 1000,
      maxBuffer: 1 << 30,
      killSignal: 'SIGKILL',
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const peak = Number(run.stderr.trim().split('\n').pop());
    const outcome =
      run.error || run.signal
        ? `killed after ${TIMEOUT} s`
        : `exit ${run.status}${/Command terminated by signal/.test(run.stderr) ? ' (crashed)' : ''}`;
    console.log(
      `${shape.name.padEnd(52)} ${seconds.toFixed(1).padStart(6)} s ${Number.isFinite(peak) ? `${(peak / 1024).toFixed(0).padStart(6)} MB` : '      ?'}  ${outcome}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
