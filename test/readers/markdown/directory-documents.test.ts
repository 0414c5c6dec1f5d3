import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { DEFAULT_CONFIG } from '../../../src/config/config.js';
import { discover } from '../../../src/discover/discover.js';
import { ScanCache } from '../../../src/engine/cache.js';
import { configurePrograms, scan } from '../../../src/engine/scan.js';
import { SourceFile } from '../../../src/model/source.js';
import { readMarkdownDocument } from '../../../src/readers/markdown/read-document.js';
import { formatJson } from '../../../src/report/json.js';
import { formatText } from '../../../src/report/text.js';
import { TEST_SCAN_DATE, writeProject } from '../../helpers.js';

const fence = '```';

/** An answer presenting its program: a whole `main.tf`. */
const ANSWER = [
  '## main.tf',
  `${fence}hcl`,
  'terraform {',
  '  required_providers {',
  '    aws = { source = "hashicorp/aws" }',
  '  }',
  '}',
  '',
  'provider "aws" {',
  '  region = "us-east-1"',
  '}',
  '',
  'resource "aws_s3_bucket" "logs" {',
  '  bucket = "logs"',
  '}',
  fence,
].join('\n');

/** A review of that answer quoting the resource it found missing, under the file it goes in. */
const REVIEW = [
  '# Model failures',
  '',
  '## 1. The logs are not encrypted',
  '',
  'The answer declares no key. Added to `main.tf`:',
  '',
  `${fence}hcl`,
  'resource "aws_kms_key" "logs" {',
  '  description = "logs"',
  '}',
  fence,
].join('\n');

function task() {
  return writeProject({ 'lib/MODEL_RESPONSE.md': ANSWER, 'lib/MODEL_FAILURES.md': REVIEW });
}

function scanPaths(dir: string, paths: string[]) {
  return scan(paths, { config: DEFAULT_CONFIG, cwd: dir, date: TEST_SCAN_DATE, noRequirements: true });
}

test('a directory scan reads the answer beside a review and skips the review, which quotes only a fragment', () => {
  const dir = task();
  const result = scanPaths(dir, [dir]);
  assert.equal(result.programs, 1);
  assert.deepEqual(
    result.findings.filter((f) => f.file.endsWith('MODEL_FAILURES.md')),
    [],
  );
  // The answer is read: its bucket is reviewed.
  assert.ok(result.findings.some((f) => f.file === 'lib/MODEL_RESPONSE.md'));
});

test('a review named on the command line is read, alone or beside a scan of its directory', () => {
  const dir = task();
  const review = join(dir, 'lib/MODEL_FAILURES.md');
  for (const paths of [[review], [dir, review]]) {
    const result = scanPaths(dir, paths);
    const onReview = result.findings.filter((f) => f.file === 'lib/MODEL_FAILURES.md').map((f) => f.ruleId);
    assert.ok(onReview.includes('kms/rotation-disabled'), `${paths.length} paths: ${onReview.join(', ')}`);
  }
});

test('the documents with code a directory scan leaves unread are counted, in the JSON summary and the text one', () => {
  const dir = writeProject({
    'lib/MODEL_RESPONSE.md': ANSWER,
    'lib/MODEL_FAILURES.md': REVIEW,
    // No code at all: nothing was left unread.
    'lib/PROMPT.md': '# Request\n\nCreate a bucket for the logs.\n',
    // Code in no language preflight reads: nothing it could have read.
    'lib/NOTES.md': `${fence}bash\nterraform apply\n${fence}\n`,
  });
  const result = scanPaths(dir, [dir]);
  assert.equal(result.skippedDocuments, 1);
  assert.equal(JSON.parse(formatJson(result, '1.0.0', dir)).summary.skippedDocuments, 1);
  assert.match(
    formatText(result, { cwd: dir, color: false, quiet: true }),
    /; 1 Markdown document not read \(reviews, or no whole program file; name one to read it\)/,
  );
  // Named, the review is read and not counted.
  assert.equal(scanPaths(dir, [dir, join(dir, 'lib/MODEL_FAILURES.md')]).skippedDocuments ?? 0, 0);
});

test('discovery marks the Markdown documents the command line names', () => {
  const dir = task();
  const review = join(dir, 'lib/MODEL_FAILURES.md');
  const named = (paths: string[]) =>
    discover(paths)
      .programs.filter((p) => p.kind === 'markdown')
      .map((p) => [p.root.slice(dir.length + 1), p.named ?? false]);
  assert.deepEqual(named([dir]), [
    ['lib/MODEL_FAILURES.md', false],
    ['lib/MODEL_RESPONSE.md', false],
  ]);
  assert.deepEqual(named([review, dir]), [
    ['lib/MODEL_FAILURES.md', true],
    ['lib/MODEL_RESPONSE.md', false],
  ]);
});

test('--cache: a document found in a directory and the same document named are different programs', () => {
  const dir = task();
  const review = join(dir, 'lib/MODEL_FAILURES.md');
  const cache = new ScanCache(join(dir, '.preflight-cache'), '1.0.0', { cwd: dir });
  const programOf = (paths: string[]) =>
    configurePrograms(discover(paths).programs, { config: DEFAULT_CONFIG }).find((p) => p.root === review)!;
  assert.notEqual(cache.keyOf(programOf([dir]), TEST_SCAN_DATE), cache.keyOf(programOf([review]), TEST_SCAN_DATE));
});

function readFound(markdown: string) {
  return readMarkdownDocument(new SourceFile('/task/lib/doc.md', markdown), { onlyPrograms: true });
}

test('onlyPrograms: a whole program file in Terraform, TypeScript or Python is read; quotes of one are not', () => {
  const block = (language: string, ...lines: string[]) => [`${fence}${language}`, ...lines, fence].join('\n');
  const read = (markdown: string) => readFound(markdown).length > 0;
  assert.equal(read(ANSWER), true);
  assert.equal(read(REVIEW), false);
  // A `provider` block under its file's name is what a review quotes too.
  assert.equal(read(block('hcl', '# provider.tf', 'provider "aws" {', '  region = "us-east-1"', '}')), false);
  assert.equal(
    read(block('typescript', 'new aws.s3.Bucket("logs", { bucket: "logs" });', 'export const name = "logs";')),
    false,
  );
  // The parser finds the imports past a title the block starts with, and before prose further on.
  assert.equal(
    read(
      block(
        'ts',
        '1. The stack (lib/stack.ts)',
        'import * as aws from "@pulumi/aws";',
        'new aws.s3.Bucket("logs", {});',
      ),
    ),
    true,
  );
  assert.equal(
    read(
      block(
        'ts',
        'import * as aws from "@pulumi/aws";',
        'Now we create the bucket for the logs:',
        'new aws.s3.Bucket("l");',
      ),
    ),
    true,
  );
  assert.equal(read(block('javascript', 'const aws = require("@pulumi/aws");', 'new aws.s3.Bucket("l");')), true);
  assert.equal(read(block('python', 'import json', 'import pulumi_aws as aws', 'aws.s3.Bucket("logs")')), true);
  assert.equal(read(block('python', 'from pulumi_aws import s3', 's3.Bucket("logs")')), true);
  assert.equal(read(block('python', 'import json', 'bucket = aws.s3.Bucket("logs")')), false);
  assert.equal(read(block('typescript', 'import { readFileSync } from "fs";', 'readFileSync("x");')), false);
  // Without the option (a document named on the command line) the quote is read.
  assert.equal(readMarkdownDocument(new SourceFile('/task/lib/doc.md', REVIEW)).length, 1);
});

test('onlyPrograms: a review is told by its title, though it quotes a whole corrected file', () => {
  const corrected = ANSWER.replace('## main.tf', '## Corrected main.tf');
  const review = (title: string) => [`# ${title}`, '', '## 1. The logs are not encrypted', '', corrected].join('\n');
  let skipped = 0;
  const readReview = (title: string) =>
    readMarkdownDocument(new SourceFile('/task/lib/doc.md', review(title)), {
      onlyPrograms: true,
      onSkipped: () => skipped++,
    });
  assert.deepEqual(readReview('Model Response Failures and Fixes'), []);
  assert.equal(skipped, 1);
  // The same document under an answer's title presents its program.
  assert.equal(readReview('Logs bucket').length, 1);
  // A title after the first block is a section's, not the document's.
  assert.equal(readFound([corrected, '# Failures', ANSWER].join('\n\n')).length, 1);
  // Named on the command line, the review is read.
  assert.equal(readMarkdownDocument(new SourceFile('/task/lib/doc.md', review('Model failures'))).length, 1);
  // A review with no code preflight reads (a command, a YAML fragment) is not counted as left unread; one
  // quoting a template is.
  const countSkipped = (code: string) => {
    skipped = 0;
    readMarkdownDocument(new SourceFile('/task/lib/doc.md', `# Model failures\n\n${code}\n`), {
      onlyPrograms: true,
      onSkipped: () => skipped++,
    });
    return skipped;
  };
  assert.equal(countSkipped(`${fence}bash\nls\n${fence}`), 0);
  assert.equal(countSkipped(`${fence}yaml\nBucketName: logs\n${fence}`), 0);
  assert.equal(countSkipped(`${fence}yaml\nResources:\n  Logs:\n    Type: AWS::S3::Bucket\n${fence}`), 1);
});

test('onlyPrograms: an answer whose code is all in a language no reader reads still gets its notice', () => {
  const answer = ['## main.go', `${fence}go`, 'package main', '', 'func main() {}', fence].join('\n');
  const [program] = readFound(answer);
  assert.equal(program?.diagnostics[0]?.unsupportedLanguage, true);
  // A review quoting Go beside fragments of a language preflight reads is not read.
  assert.deepEqual(readFound(`${REVIEW}\n\n${answer}`), []);
});
