/**
 * HTML report: one self-contained page (inline CSS, script and SVG; a content
 * security policy forbids any network request) with a summary by severity
 * and by rule, a chart, and a findings table that filters and sorts, each
 * finding with its code frame (offending lines highlighted) and before/after
 * for its fix.
 */
import { createHash } from 'node:crypto';
import type { Finding } from '../engine/finding.js';
import type { ScanResult } from '../engine/scan.js';
import { SEVERITIES, type Severity } from '../rules/rule.js';
import { excerptOf, SourceCache, type Excerpt } from './excerpts.js';
import { severityCounts } from './groups.js';
import type { ReportContext } from './index.js';
import { ruleMeta, rulePage } from './rule-info.js';

const SEVERITY_COLORS: Record<Severity, string> = {
  critical: '#b3123f',
  high: '#d9480f',
  medium: '#c08a00',
  low: '#1c7ed6',
};

/** In a comparison (`preflight compare`), what became of each finding. */
export type ComparisonStatus = 'fixed' | 'remaining' | 'new';

export function formatHtml(result: ScanResult, context: ReportContext): string {
  return htmlPage(result, context);
}

/**
 * The page; with `statuses` it is a comparison: `result` holds the findings
 * of both versions that matter (the fixed ones and the second version's), each
 * marked fixed, remaining or new, with a column and a filter for it.
 */
export function htmlPage(
  result: ScanResult,
  context: ReportContext,
  statuses?: Map<Finding, ComparisonStatus>,
): string {
  const sources = new SourceCache(context.cwd);
  const counts = severityCounts(result.findings);
  const byRule = new Map<string, { severity: Severity; count: number }>();
  for (const f of result.findings) {
    const entry = byRule.get(f.ruleId) ?? { severity: f.severity, count: 0 };
    entry.count++;
    byRule.set(f.ruleId, entry);
  }
  const rules = [...byRule].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1));
  const title = statuses
    ? `preflight comparison: ${context.targets.join(' → ')}`
    : `preflight report: ${context.targets.join(', ')}`;
  const statusCounts = statuses
    ? (['fixed', 'remaining', 'new'] as const).map(
        (s) => `${[...statuses.values()].filter((v) => v === s).length} ${s}`,
      )
    : [];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escape(title)}</h1>
<p>preflight ${escape(context.toolVersion)}: ${statuses ? `<strong id="comparison">${statusCounts.join(', ')}</strong>` : `${result.findings.length} finding${result.findings.length === 1 ? '' : 's'} in ${result.filesScanned} file${result.filesScanned === 1 ? '' : 's'}`}.</p>
</header>
<section class="summary" aria-label="Summary">
<div class="cards">
${SEVERITIES.map((s) => `<div class="card card-${s}"><span class="count" data-severity-count="${s}">${counts[s]}</span><span class="label">${s}</span></div>`).join('\n')}
</div>
<figure><figcaption>Findings by severity</figcaption>${severityChart(counts)}</figure>
<table class="rules">
<caption>Findings by rule</caption>
<thead><tr><th>Rule</th><th>Severity</th><th>Findings</th></tr></thead>
<tbody>
${rules.map(([id, { severity, count }]) => `<tr><td><code>${escape(id)}</code> ${escape(ruleMeta(id).title)}</td><td><span class="sev sev-${severity}">${severity}</span></td><td class="num">${count}</td></tr>`).join('\n')}
</tbody>
</table>
</section>
<section aria-label="Findings">
<h2>Findings</h2>
<form class="filters">
<label>Severity <select id="severity-filter"><option value="">all</option>${SEVERITIES.map((s) => `<option value="${s}">${s}</option>`).join('')}</select></label>
<label>Rule <select id="rule-filter"><option value="">all</option>${rules.map(([id]) => `<option value="${escape(id)}">${escape(id)}</option>`).join('')}</select></label>
${statuses ? `<label>Status <select id="status-filter"><option value="">all</option><option value="fixed">fixed</option><option value="remaining">remaining</option><option value="new">new</option></select></label>` : ''}
<label>Text <input id="text-filter" type="search" placeholder="resource, file, message"></label>
<output id="shown">${result.findings.length} of ${result.findings.length}</output>
</form>
<table id="findings">
<thead><tr>
${statuses ? '<th data-sort="status" aria-sort="none"><button type="button">Status</button></th>' : ''}
<th data-sort="severity" aria-sort="none"><button type="button">Severity</button></th>
<th data-sort="rule" aria-sort="none"><button type="button">Rule</button></th>
<th data-sort="resource" aria-sort="none"><button type="button">Resource</button></th>
<th data-sort="location" aria-sort="none"><button type="button">Location</button></th>
<th>Finding</th>
</tr></thead>
<tbody>
${result.findings.map((f) => findingRow(f, sources, statuses?.get(f))).join('\n')}
</tbody>
</table>
${result.errors.length ? `<h2>Paths not scanned</h2><ul>${result.errors.map((e) => `<li>${escape(e)}</li>`).join('')}</ul>` : ''}
</section>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

function findingRow(finding: Finding, sources: SourceCache, status?: ComparisonStatus): string {
  const meta = ruleMeta(finding.ruleId);
  const resource = finding.resource ? `${finding.resource.type}.${finding.resource.name}` : '';
  const excerpt = excerptOf(finding, sources);
  const details = [
    excerpt ? frame('Code', excerpt.before, excerpt.firstLine, excerpt.highlight, excerpt.language) : '',
    finding.fix ? `<p class="fix">Fix: ${escape(finding.fix.description)} (<code>preflight scan --fix</code>)</p>` : '',
    excerpt?.after !== undefined ? frame('After the fix', excerpt.after, excerpt.afterFirstLine ?? 1) : '',
    excerpt?.after === undefined && finding.suggestion ? suggestion(finding.suggestion.after) : '',
    `<p class="why">${escape(meta.rationale)}</p>`,
    `<p class="refs">Rule reference: <code>${escape(rulePage(meta.id))}</code>${meta.docs ? ` · <a href="${escape(meta.docs)}" rel="noreferrer">documentation</a>` : ''}</p>`,
  ].join('');
  return `<tr${status ? ` data-status="${status}"` : ''} data-severity="${finding.severity}" data-rank="${SEVERITIES.indexOf(finding.severity)}" data-rule="${escape(finding.ruleId)}" data-resource="${escape(resource)}" data-location="${escape(`${finding.file}:${String(finding.line).padStart(8, '0')}`)}">
${status ? `<td><span class="status status-${status}">${status}</span></td>` : ''}<td><span class="sev sev-${finding.severity}">${finding.severity}</span></td>
<td><code>${escape(finding.ruleId)}</code></td>
<td>${resource ? `<code>${escape(resource)}</code>` : ''}</td>
<td><code>${escape(finding.file)}:${finding.line}</code></td>
<td><details><summary>${escape(finding.message)}</summary>${details}</details></td>
</tr>`;
}

/** Numbered source lines; the finding's lines are marked. */
function frame(
  caption: string,
  text: string,
  firstLine: number,
  highlight?: Excerpt['highlight'],
  language = '',
): string {
  const rows = text.split('\n').map((line, index) => {
    const number = firstLine + index;
    const hit = highlight && number >= highlight.from && number <= highlight.to;
    return `<tr${hit ? ' class="hit"' : ''}><td class="ln">${number}</td><td><code>${escape(line) || ' '}</code></td></tr>`;
  });
  return `<figure class="frame"><figcaption>${escape(caption)}${language ? ` <small>${escape(language)}</small>` : ''}</figcaption><table>${rows.join('')}</table></figure>`;
}

function suggestion(after: string): string {
  return `<figure class="frame"><figcaption>Suggested change</figcaption><pre><code>${escape(after)}</code></pre></figure>`;
}

function severityChart(counts: Record<Severity, number>): string {
  const max = Math.max(1, ...SEVERITIES.map((s) => counts[s]));
  const barHeight = 22;
  const width = 320;
  const bars = SEVERITIES.map((s, index) => {
    const y = index * (barHeight + 8);
    const length = Math.round((counts[s] / max) * (width - 120));
    return `<g><text x="0" y="${y + 16}">${s}</text><rect x="70" y="${y}" width="${length}" height="${barHeight}" fill="${SEVERITY_COLORS[s]}"><title>${s}: ${counts[s]}</title></rect><text x="${76 + length}" y="${y + 16}">${counts[s]}</text></g>`;
  });
  return `<svg role="img" aria-label="Findings by severity" width="${width}" height="${SEVERITIES.length * (barHeight + 8)}" xmlns="http://www.w3.org/2000/svg">${bars.join('')}</svg>`;
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const STYLE = `
body { font: 14px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 1200px; padding: 1rem 1.5rem; color: #1d2125; }
h1 { font-size: 1.4rem; word-break: break-all; }
.summary { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; }
.cards { display: flex; gap: .75rem; }
.card { border-left: 5px solid; padding: .4rem .8rem; background: #f5f6f7; min-width: 5rem; }
.card .count { display: block; font-size: 1.6rem; font-weight: 600; }
.card .label { text-transform: capitalize; }
figure { margin: 0; }
figcaption { font-weight: 600; margin-bottom: .3rem; }
svg text { font: 12px system-ui, sans-serif; fill: #1d2125; }
table { border-collapse: collapse; }
.rules td, .rules th, #findings > tbody > tr > td, #findings > thead > tr > th { border-bottom: 1px solid #dde1e4; padding: .35rem .5rem; text-align: left; vertical-align: top; }
.rules caption { font-weight: 600; text-align: left; }
.num { text-align: right; }
#findings { width: 100%; margin-top: .5rem; }
#findings th button { font: inherit; font-weight: 600; border: 0; background: none; cursor: pointer; padding: 0; }
#findings th[aria-sort="ascending"] button::after { content: " ▲"; }
#findings th[aria-sort="descending"] button::after { content: " ▼"; }
.filters { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; }
.sev { display: inline-block; color: #fff; border-radius: 3px; padding: 0 .4rem; font-size: .8rem; text-transform: uppercase; }
${SEVERITIES.map((s) => `.sev-${s} { background: ${SEVERITY_COLORS[s]}; }`).join('\n')}
${SEVERITIES.map((s) => `.card-${s} { border-color: ${SEVERITY_COLORS[s]}; }`).join('\n')}
details summary { cursor: pointer; }
.frame { margin: .5rem 0; background: #f8f9fa; border: 1px solid #dde1e4; overflow-x: auto; }
.frame figcaption { padding: .2rem .5rem; background: #eceef0; }
.frame table td { padding: 0 .5rem; white-space: pre; font: 12px/1.4 ui-monospace, monospace; border: 0; }
.frame td.ln { color: #868e96; text-align: right; user-select: none; }
.frame tr.hit { background: #ffe3e3; }
.frame pre { margin: 0; padding: .4rem .5rem; font: 12px/1.4 ui-monospace, monospace; }
.why, .refs, .fix { margin: .3rem 0; }
.status { font-weight: 600; }
.status-fixed { color: #2b8a3e; }
.status-new { color: #c92a2a; }
`;

/** Filtering (severity, rule, text) and sorting by column header; plain DOM, no library. */
const SCRIPT = `
(() => {
  const table = document.getElementById('findings');
  const body = table.tBodies[0];
  const rows = Array.from(body.rows);
  const severity = document.getElementById('severity-filter');
  const rule = document.getElementById('rule-filter');
  const text = document.getElementById('text-filter');
  const status = document.getElementById('status-filter');
  const shown = document.getElementById('shown');
  // The filters are a form only for their labels: Enter in the text box submits nothing.
  document.querySelector('form.filters').addEventListener('submit', (event) => event.preventDefault());
  function filter() {
    const words = text.value.trim().toLowerCase();
    let visible = 0;
    for (const row of rows) {
      const show = (!severity.value || row.dataset.severity === severity.value) &&
        (!rule.value || row.dataset.rule === rule.value) &&
        (!status || !status.value || row.dataset.status === status.value) &&
        (!words || row.textContent.toLowerCase().includes(words));
      row.hidden = !show;
      if (show) visible++;
    }
    shown.value = visible + ' of ' + rows.length;
  }
  for (const control of [severity, rule, status]) if (control) control.addEventListener('change', filter);
  text.addEventListener('input', filter);
  for (const header of table.tHead.rows[0].cells) {
    const key = header.dataset.sort;
    if (!key) continue;
    header.querySelector('button').addEventListener('click', () => {
      const ascending = header.getAttribute('aria-sort') !== 'ascending';
      for (const other of table.tHead.rows[0].cells) if (other.dataset.sort) other.setAttribute('aria-sort', 'none');
      header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const value = (row) => key === 'severity' ? row.dataset.rank : row.dataset[key];
      rows.sort((a, b) => (value(a) < value(b) ? -1 : value(a) > value(b) ? 1 : 0) * (ascending ? 1 : -1));
      for (const row of rows) body.appendChild(row);
    });
  }
  filter();
})();
`;

/** The base64 SHA-256 of a text, as a content security policy names an allowed inline script or style. */
function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * No request at all, and only this page's own style and script by their
 * hashes: no `'unsafe-inline'`, so neither an inline handler nor a script that
 * a future escaping bug let into the page would run. No form is sent and no
 * base URL changes where links lead. (`navigate-to` was dropped from the
 * standard and browsers warn about it, so it is not given.)
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src ${cspHash(STYLE)}`,
  `script-src ${cspHash(SCRIPT)}`,
  'img-src data:',
  "form-action 'none'",
  "base-uri 'none'",
].join('; ');
