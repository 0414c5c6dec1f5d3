/**
 * The HTML report in a real headless Chromium (Debian's `chromium`, installed
 * by .ci/run), driven by playwright-core: it loads without console errors or
 * network requests, filters by severity and sorts. A screenshot is written to
 * test-artifacts/ for a person to look at.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { chromium } from 'playwright-core';
import { compareVersions } from '../../src/compare/compare.js';
import { renderComparison } from '../../src/report/comparison.js';
import { LOW_QUOTA_CONFIG, renderProject } from './report-helpers.js';

const CHROMIUM = process.env.PREFLIGHT_CHROMIUM ?? '/usr/bin/chromium';
const ARTIFACTS = new URL('../../../test-artifacts/', import.meta.url);

const PROGRAM = `
resource "aws_lambda_function" "a" {
  function_name                  = "a"
  role                           = "arn:aws:iam::123456789012:role/r"
  reserved_concurrent_executions = 100
}

resource "aws_kms_key" "data" {
  description = "data </script><script>alert(1)</script>"
}

resource "aws_s3_bucket" "logs" {
  bucket = "logs"
}
`;

test('HTML report in headless Chromium: no console errors or requests, filters by severity, sorts', async () => {
  assert.ok(
    existsSync(CHROMIUM),
    `Chromium not found at ${CHROMIUM}: install Debian's chromium package (apt-get install -y chromium), as .ci/run does`,
  );
  const { dir, output, result } = renderProject('html', { 'main.tf': PROGRAM }, LOW_QUOTA_CONFIG);
  const page_file = join(dir, 'report.html');
  writeFileSync(page_file, output);
  const severities = new Set(result.findings.map((f) => f.severity));
  assert.ok(severities.size >= 2, 'the program must give findings of several severities');

  const browser = await chromium.launch({ executablePath: CHROMIUM });
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(page_file).href);

    const visibleRows = () => page.locator('#findings > tbody > tr:visible').count();
    assert.equal(await visibleRows(), result.findings.length);
    assert.equal(await page.locator('svg rect').count(), 4, 'one bar per severity');

    // Filtering by severity shows only that severity's rows.
    const critical = result.findings.filter((f) => f.severity === 'critical').length;
    assert.ok(critical > 0 && critical < result.findings.length);
    await page.selectOption('#severity-filter', 'critical');
    assert.equal(await visibleRows(), critical);
    const shownSeverities = await page
      .locator('#findings > tbody > tr:visible')
      .evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.severity));
    assert.deepEqual(new Set(shownSeverities), new Set(['critical']));
    await page.selectOption('#severity-filter', '');
    assert.equal(await visibleRows(), result.findings.length);

    // Sorting by rule, both ways.
    const rulesInOrder = () =>
      page
        .locator('#findings > tbody > tr')
        .evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.rule!));
    await page.click('th[data-sort="rule"] button');
    const ascending = await rulesInOrder();
    assert.deepEqual(ascending, [...ascending].sort());
    await page.click('th[data-sort="rule"] button');
    assert.deepEqual(await rulesInOrder(), [...ascending].reverse());
    assert.equal(await page.getAttribute('th[data-sort="rule"]', 'aria-sort'), 'descending');

    // A finding opens onto its code frame with the offending line highlighted.
    const kmsRow = page.locator('#findings > tbody > tr[data-rule="kms/rotation-disabled"]');
    await kmsRow.locator('summary').click();
    assert.match((await kmsRow.locator('tr.hit').first().textContent()) ?? '', /resource "aws_kms_key" "data"/);
    assert.match((await kmsRow.locator('figure').nth(1).textContent()) ?? '', /enable_key_rotation = true/);

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: new URL('html-report.png', ARTIFACTS).pathname, fullPage: true });
    assert.deepEqual(problems, []);
    assert.deepEqual(requests, [pathToFileURL(page_file).href], 'the page makes no request of its own');

    // Hardening (issue 13, item 14): the page's own style and script run by their hashes, nothing
    // else inline does: no 'unsafe-inline', no inline handler, and no injected script or handler runs.
    const policy = (await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content')) ?? '';
    assert.doesNotMatch(policy, /unsafe-inline/);
    assert.match(policy, /script-src 'sha256-[A-Za-z0-9+/]+=*'/);
    assert.match(policy, /style-src 'sha256-[A-Za-z0-9+/]+=*'/);
    assert.match(policy, /form-action 'none'/);
    assert.doesNotMatch(output, /\son[a-z]+=/, 'no inline event handler');
    assert.equal(
      await page
        .locator('.card')
        .first()
        .evaluate((card) => getComputedStyle(card).borderLeftColor),
      'rgb(179, 18, 63)',
      'the style applies (the critical card is red)',
    );
    const injected = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = "script"';
      document.body.append(script);
      const handler = document.createElement('div');
      handler.setAttribute('onclick', 'window.injected = "handler"');
      document.body.append(handler);
      handler.click();
      return (window as unknown as { injected?: string }).injected;
    });
    assert.equal(injected, undefined, 'an injected inline script or handler ran');
  } finally {
    await browser.close();
  }
});

test('HTML comparison in headless Chromium: a status column that filters', async () => {
  assert.ok(existsSync(CHROMIUM), `Chromium not found at ${CHROMIUM}: install Debian's chromium package`);
  const before = renderProject('html', { 'main.tf': PROGRAM });
  const after = renderProject('html', { 'main.tf': PROGRAM.replace('= 100', '= 5') });
  const comparison = compareVersions(before.result.findings, after.result.findings);
  const page_file = join(after.dir, 'compare.html');
  writeFileSync(
    page_file,
    renderComparison(
      'html',
      {
        before: { targets: [before.dir], result: before.result },
        after: { targets: [after.dir], result: after.result },
        comparison,
      },
      { toolVersion: '0.0.0-test', cwd: after.dir, color: false, quiet: false, targets: [before.dir, after.dir] },
    ),
  );
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  try {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.goto(pathToFileURL(page_file).href);
    const rows = page.locator('#findings > tbody > tr:visible');
    assert.equal(await rows.count(), comparison.fixed.length + after.result.findings.length);
    await page.selectOption('#status-filter', 'fixed');
    assert.equal(await rows.count(), comparison.fixed.length);
    assert.deepEqual(await rows.evaluateAll((list) => list.map((row) => (row as HTMLElement).dataset.rule)), [
      'lambda/reserved-concurrency-exceeds-headroom',
    ]);
    await page.selectOption('#status-filter', 'remaining');
    assert.equal(await rows.count(), comparison.remaining.length);
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
  }
});
