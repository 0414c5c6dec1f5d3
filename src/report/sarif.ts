/**
 * SARIF 2.1.0 report, for GitHub code scanning and other SARIF viewers: one
 * rule entry per rule (with help text and documentation link), one result per
 * finding with its location, the resource as a logical location, fixes as
 * replacements, and line-independent partial fingerprints so that a viewer
 * tracks a finding across runs while the code around it moves.
 */
import { resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding } from '../engine/finding.js';
import { fingerprints } from '../engine/fingerprint.js';
import { PARSE_ERROR_RULE, type ScanResult } from '../engine/scan.js';
import { displayPath } from '../util/paths.js';
import { RULES } from '../rules/index.js';
import type { RuleMeta, Severity } from '../rules/rule.js';
import type { ReportContext } from './index.js';
import { ruleMeta, rulePage } from './rule-info.js';
import { relativeInside } from '../util/paths.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

/** Name of the fingerprint in `partialFingerprints`; a new algorithm gets a new version. */
export const FINGERPRINT_KEY = 'preflightIdentity/v1';

const SOURCE_ROOT = 'SRCROOT';

const LEVELS: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
};

/** GitHub code scanning ranks security results by this CVSS-like score. */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0' };

export function formatSarif(result: ScanResult, context: ReportContext): string {
  return sarifLog(result.findings, result.errors, context, undefined, result.configFiles);
}

/** SARIF's word for how a result relates to a baseline run (`preflight compare`). */
export type BaselineState = 'new' | 'unchanged' | 'updated' | 'absent';

/**
 * The log of `findings`; with `baseline`, each result also says whether it is
 * new, unchanged or absent (fixed) against the earlier version.
 */
export function sarifLog(
  findings: readonly Finding[],
  errors: readonly string[],
  context: ReportContext,
  baseline?: Map<Finding, BaselineState>,
  configFiles: readonly string[] = [],
): string {
  const result = { findings };
  const metas = [ruleMeta(PARSE_ERROR_RULE), ...RULES.map((rule) => rule.meta)];
  // Findings of rules this version does not know (none today) still need an entry.
  for (const finding of result.findings)
    if (!metas.some((m) => m.id === finding.ruleId)) metas.push(ruleMeta(finding.ruleId));
  const ruleIndex = new Map(metas.map((meta, index) => [meta.id, index]));
  const prints = fingerprints(result.findings);
  const uri = (file: string) => artifactLocation(file, context.cwd);
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'preflight',
            version: context.toolVersion,
            semanticVersion: context.toolVersion,
            rules: metas.map(ruleDescriptor),
          },
        },
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: directoryUri(context.cwd) } },
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: errors.map((error) => ({ level: 'error', message: { text: error } })),
            // The configuration files that applied, so a result never depends on a file nobody saw.
            ...(configFiles.length
              ? { properties: { configurationFiles: configFiles.map((file) => displayPath(file, context.cwd)) } }
              : {}),
          },
        ],
        results: result.findings.map((finding, index) => ({
          ruleId: finding.ruleId,
          ruleIndex: ruleIndex.get(finding.ruleId),
          level: LEVELS[finding.severity],
          message: { text: finding.message },
          locations: [location(finding, uri)],
          partialFingerprints: { [FINGERPRINT_KEY]: prints[index] },
          ...(baseline?.has(finding) ? { baselineState: baseline.get(finding) } : {}),
          ...(finding.related?.length
            ? {
                relatedLocations: finding.related.map((related, id) => ({
                  id,
                  message: { text: related.message },
                  physicalLocation: {
                    artifactLocation: uri(related.file),
                    region: { startLine: related.line, startColumn: related.column },
                  },
                })),
              }
            : {}),
          ...(finding.fix?.edits.length ? { fixes: [fixOf(finding, uri)] } : {}),
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function ruleDescriptor(meta: RuleMeta) {
  const help = [meta.description, meta.rationale].filter(Boolean).join(' ');
  const references = [`Rule reference: [${rulePage(meta.id)}](${rulePage(meta.id)})`];
  if (meta.docs) references.push(`AWS documentation: <${meta.docs}>`);
  return {
    id: meta.id,
    name: pascalCase(meta.id),
    shortDescription: { text: meta.title },
    fullDescription: { text: meta.description },
    help: { text: help, markdown: `${help}\n\n${references.join('\n\n')}` },
    ...(meta.docs ? { helpUri: meta.docs } : {}),
    defaultConfiguration: { level: LEVELS[meta.severity] },
    properties: {
      tags: ['infrastructure-as-code', 'aws', meta.id.split('/')[0]],
      'security-severity': SECURITY_SEVERITY[meta.severity],
      precision: 'high',
      problem: { severity: LEVELS[meta.severity] === 'note' ? 'recommendation' : LEVELS[meta.severity] },
    },
  };
}

type ArtifactUri = (file: string) => { uri: string; uriBaseId?: string };

function location(finding: Finding, uri: ArtifactUri) {
  return {
    physicalLocation: {
      artifactLocation: uri(finding.file),
      region: {
        startLine: finding.line,
        startColumn: finding.column,
        endLine: Math.max(finding.endLine, finding.line),
        endColumn: finding.endLine > finding.line ? finding.endColumn : Math.max(finding.endColumn, finding.column),
      },
    },
    ...(finding.resource
      ? {
          logicalLocations: [
            {
              name: finding.resource.name,
              fullyQualifiedName: `${finding.resource.type}.${finding.resource.name}`,
              kind: 'resource',
            },
          ],
        }
      : {}),
  };
}

/** A fix as replacements per file, in character offsets (what `--fix` applies). */
function fixOf(finding: Finding, uri: ArtifactUri) {
  const byFile = new Map<string, { start: number; end: number; text: string }[]>();
  for (const edit of finding.fix!.edits) {
    const list = byFile.get(edit.file) ?? [];
    list.push(edit);
    byFile.set(edit.file, list);
  }
  return {
    description: { text: finding.fix!.description },
    artifactChanges: [...byFile].map(([file, edits]) => ({
      artifactLocation: uri(file),
      replacements: edits.map((edit) => ({
        deletedRegion: { charOffset: edit.start, charLength: edit.end - edit.start },
        insertedContent: { text: edit.text },
      })),
    })),
  };
}

/** A path inside the working directory becomes relative to SRCROOT; others an absolute file URI. */
function artifactLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const rel = relativeInside(cwd, resolve(cwd, file));
  if (rel) return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
  return { uri: pathToFileURL(file).href };
}

function directoryUri(directory: string): string {
  const href = pathToFileURL(directory).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}
