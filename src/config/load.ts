/**
 * Reads a configuration file (YAML, so JSON too) and checks it against the
 * rule registry: every mistake is a ConfigError naming the file, the line
 * and the key.
 */
import { readBoundedText } from '../util/read-file.js';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Node } from 'yaml';
import { RULES, suggestRuleId } from '../rules/index.js';
import { SEVERITIES, type Rule, type RuleOptionValue, type Severity } from '../rules/rule.js';
import { ConfigError, PROFILES, type Config, type Profile, type RuleSetting } from './config.js';
import { displayPath } from '../util/paths.js';
import { isMap, isScalar, isSeq, lineCounter, parseYaml } from '../util/parse-yaml.js';

/** Top-level keys, in the order `preflight init` writes them. */
export const CONFIG_KEYS = ['profile', 'requirements', 'rules', 'include', 'exclude'] as const;

/** A configuration is a few lines; a megabyte is far beyond any real one. */
const MAX_CONFIG_BYTES = 1024 * 1024;

export function loadConfig(path: string): Config {
  let text: string;
  try {
    text = readBoundedText(path, { maxBytes: MAX_CONFIG_BYTES, what: 'configuration' });
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
  return parseConfig(text, path);
}

/** Parses configuration text; `path` names the file in messages and is recorded in the result. */
export function parseConfig(text: string, path: string): Config {
  const shown = displayPath(path);
  const lines = lineCounter();
  const document = parseYaml(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
  const lineOf = (node: Node | null | undefined) => (node?.range ? lines.linePos(node.range[0]).line : 1);
  const fail = (node: Node | null | undefined, key: string, message: string): never => {
    throw new ConfigError(`${shown}:${lineOf(node)}: ${key ? `${key}: ` : ''}${message}`);
  };
  if (document.errors.length) {
    const error = document.errors[0];
    const line = error.linePos?.[0].line ?? 1;
    throw new ConfigError(`${shown}:${line}: not valid YAML: ${error.message.split('\n')[0]}`);
  }
  const config: Config = { file: path, rules: {}, include: [], exclude: [] };
  const root = document.contents;
  if (root === null || (isScalar(root) && root.value === null)) return config; // an empty file: the defaults
  if (!isMap(root))
    return fail(root, '', 'expected a mapping of settings (profile, requirements, rules, include, exclude)');

  const seen = new Set<string>();
  for (const pair of root.items) {
    const keyNode = pair.key as Node;
    const key = isScalar(keyNode) ? String(keyNode.value) : '';
    // Checked here rather than by the parser, whose message points at the mapping, not the repeated key.
    if (seen.has(key)) fail(keyNode, key, 'given twice');
    seen.add(key);
    const value = pair.value as Node | null;
    switch (key) {
      case 'profile': {
        const profile = isScalar(value) ? value.value : undefined;
        if (typeof profile !== 'string' || !PROFILES.includes(profile as Profile))
          fail(value ?? keyNode, key, `must be one of ${PROFILES.join(', ')}`);
        config.profile = profile as Profile;
        break;
      }
      case 'requirements': {
        // The request the programs were written for, relative to this file.
        const request = isScalar(value) ? value.value : undefined;
        if (typeof request !== 'string' || request === '')
          fail(value ?? keyNode, key, 'expected the path of a request file (e.g. PROMPT.md)');
        const resolved = resolve(dirname(path), request as string);
        if (!existsSync(resolved)) fail(value, key, `no such file: ${request as string}`);
        config.requirements = resolved;
        break;
      }
      case 'include':
      case 'exclude':
        config[key] = globList(value, key, fail, keyNode);
        break;
      case 'rules':
        if (value === null || (isScalar(value) && value.value === null)) break;
        if (!isMap(value)) return fail(value, key, 'expected a mapping of rule ids to settings');
        for (const rulePair of value.items) {
          const idNode = rulePair.key as Node;
          const id = isScalar(idNode) ? String(idNode.value) : '';
          if (Object.hasOwn(config.rules, id)) fail(idNode, `rules.${id}`, 'given twice');
          config.rules[id] = ruleSetting(id, idNode, rulePair.value as Node | null, fail);
        }
        break;
      default:
        fail(keyNode, key, `unknown setting; expected one of ${CONFIG_KEYS.join(', ')}`);
    }
  }
  return config;
}

type Fail = (node: Node | null | undefined, key: string, message: string) => never;

function globList(value: Node | null, key: string, fail: Fail, keyNode: Node): string[] {
  if (isScalar(value) && typeof value.value === 'string') {
    if (value.value === '') return fail(value, key, 'expected a glob (a non-empty string)');
    return [value.value];
  }
  if (!isSeq(value)) return fail(value ?? keyNode, key, 'expected a glob or a list of globs');
  return value.items.map((item, i) => {
    const node = item as Node;
    if (!isScalar(node) || typeof node.value !== 'string' || node.value === '')
      return fail(node, `${key}[${i}]`, 'expected a glob (a non-empty string)');
    return node.value;
  });
}

const RULES_BY_ID = new Map<string, Rule>(RULES.map((rule) => [rule.meta.id, rule]));

function ruleSetting(id: string, idNode: Node, value: Node | null, fail: Fail): RuleSetting {
  const key = `rules.${id}`;
  const rule = RULES_BY_ID.get(id);
  if (!rule) return fail(idNode, key, `unknown rule${closestRuleHint(id)}`);
  const severityOf = (node: Node | null, where: string): Severity | 'off' => {
    const level = isScalar(node) ? node.value : undefined;
    if (level === false) return 'off'; // `rule: false` reads naturally in YAML
    if (typeof level !== 'string' || (level !== 'off' && !SEVERITIES.includes(level as Severity)))
      return fail(node ?? idNode, where, `must be off, ${SEVERITIES.join(', ')} or a mapping of options`);
    return level as Severity | 'off';
  };
  if (!isMap(value)) return { severity: severityOf(value, key), options: {} };
  const setting: RuleSetting = { options: {} };
  const declared = rule.meta.options ?? {};
  for (const pair of value.items) {
    const nameNode = pair.key as Node;
    const name = isScalar(nameNode) ? String(nameNode.value) : '';
    const node = pair.value as Node | null;
    if (name === 'severity' ? setting.severity !== undefined : Object.hasOwn(setting.options, name))
      fail(nameNode, `${key}.${name}`, 'given twice');
    if (name === 'severity') {
      setting.severity = severityOf(node, `${key}.severity`);
      continue;
    }
    const option = Object.hasOwn(declared, name) ? declared[name] : undefined;
    if (!option) {
      const names = Object.keys(declared);
      return fail(
        nameNode,
        `${key}.${name}`,
        `unknown option; ${id} takes ${names.length ? `severity, ${names.join(', ')}` : 'only severity'}`,
      );
    }
    const given: unknown = isScalar(node) ? node.value : undefined;
    if (typeof given !== option.type)
      fail(node ?? nameNode, `${key}.${name}`, `must be a ${option.type} (${option.description})`);
    // YAML reads `.nan`, `.inf` and `1e309` as numbers: none is a count, nor is a fraction where one is expected.
    if (option.type === 'number' && !Number.isFinite(given))
      fail(node, `${key}.${name}`, `must be a finite number (${option.description})`);
    if (option.type === 'number' && option.integer && !Number.isSafeInteger(given))
      fail(node, `${key}.${name}`, `must be a whole number (${option.description})`);
    if (option.type === 'number' && option.minimum !== undefined && (given as number) < option.minimum)
      fail(node, `${key}.${name}`, `must be at least ${option.minimum}`);
    setting.options[name] = given as RuleOptionValue;
  }
  return setting;
}

function closestRuleHint(id: string): string {
  const suggestion = suggestRuleId(id);
  return suggestion ? `; did you mean ${suggestion}?` : '';
}

/** The option values a rule runs with: its declared defaults, overridden by the configuration. */
export function ruleOptions(rule: Rule, config: Config): Record<string, RuleOptionValue> {
  const options: Record<string, RuleOptionValue> = {};
  for (const [name, option] of Object.entries(rule.meta.options ?? {})) options[name] = option.default;
  return { ...options, ...config.rules[rule.meta.id]?.options };
}
