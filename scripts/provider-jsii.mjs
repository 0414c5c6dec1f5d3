// The Terraform AWS provider schema read from a @cdktf/provider-aws package's
// .jsii type manifest (every resource, data source, argument and nested
// block), shared by the generators of the current schema
// (generate-schema.mjs) and of what earlier provider majors had
// (generate-earlier-provider-arguments.mjs).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PACKAGE = '@cdktf/provider-aws';
/** The version the current schema is read from (generate-schema.mjs, generate-cdktf-list-attributes.mjs). */
export const PROVIDER_VERSION = '21.22.1';

/** Fetches one version of the package with `npm pack` and extracts its .jsii; returns the package directory. */
export function fetchProviderPackage(version) {
  const dir = mkdtempSync(join(tmpdir(), 'preflight-schema-'));
  const tarball = execFileSync('npm', ['pack', `${PACKAGE}@${version}`, '--silent'], {
    cwd: dir,
    encoding: 'utf8',
  }).trim();
  execFileSync('tar', ['xzf', tarball, 'package/.jsii'], { cwd: dir });
  return join(dir, 'package');
}

/**
 * The schema in an extracted package: `{ resources, dataSources, terraformProviderVersion }`,
 * each table by Terraform type name, each entry a block shape (see shapeOf).
 */
export function readProviderSchema(packageDir) {
  const types = JSON.parse(readFileSync(join(packageDir, '.jsii'), 'utf8')).types;

  /** The struct fqn a property refers to (directly, in an array, or in a union with IResolvable). */
  function structOf(type) {
    if (!type) return undefined;
    if (type.fqn && types[type.fqn]?.kind === 'interface') return { fqn: type.fqn, list: false };
    if (type.collection?.elementtype) {
      const inner = structOf(type.collection.elementtype);
      return inner ? { ...inner, list: true } : undefined;
    }
    for (const member of type.union?.types ?? []) {
      const inner = structOf(member);
      if (inner) return inner;
    }
    return undefined;
  }

  /**
   * Shape of a block: `{ attrs: {name: code}, required: [names], blocks: {name: shape} }`.
   * Attribute codes: s string, n number, b bool, l list, m map, a any.
   */
  function shapeOf(fqn, seen = new Set()) {
    const shape = { attrs: {}, required: [], blocks: {} };
    if (seen.has(fqn)) return shape;
    seen.add(fqn);
    const type = types[fqn];
    for (const prop of type.properties ?? []) {
      const name = terraformName(prop);
      const struct = structOf(prop.type);
      if (struct) {
        shape.blocks[name] = shapeOf(struct.fqn, new Set(seen));
      } else {
        shape.attrs[name] = primitiveCode(prop.type);
      }
      if (!prop.optional) shape.required.push(name);
    }
    if (shape.required.length === 0) delete shape.required;
    if (Object.keys(shape.blocks).length === 0) delete shape.blocks;
    return shape;
  }

  const resources = {};
  const dataSources = {};
  let terraformProviderVersion;
  for (const { tfName, isData, configFqn, providerVersion } of terraformClasses(types)) {
    terraformProviderVersion ??= providerVersion;
    (isData ? dataSources : resources)[tfName] = shapeOf(configFqn);
  }
  return { resources, dataSources, terraformProviderVersion };
}

/**
 * The resource and data source classes of a manifest's types, each with its Terraform type name (read from the
 * registry link of its docs), its config struct and the class itself.
 */
export function* terraformClasses(types) {
  for (const [fqn, type] of Object.entries(types)) {
    const typeName = type.properties?.find((p) => p.name === 'tfResourceType' && p.static);
    if (!typeName) continue;
    // The constructor's config parameter (cdktf renames it, e.g. `...ConfigA`, when names collide).
    const configFqn = type.initializer?.parameters?.find((p) => p.name === 'config')?.type?.fqn ?? `${fqn}Config`;
    if (!types[configFqn]) continue;
    const docText = (p) => `${p?.docs?.summary ?? ''} ${p?.docs?.remarks ?? ''}`;
    const sample = types[configFqn].properties?.find((p) => docText(p).includes('registry.terraform.io'));
    const link =
      /registry\.terraform\.io\/providers\/hashicorp\/aws\/([0-9.]+)\/docs\/(resources|data-sources)\/([a-z0-9_]+)/.exec(
        sample ? docText(sample) : docText(type),
      );
    if (!link) continue;
    yield {
      tfName: `aws_${link[3]}`,
      isData: type.name.startsWith('DataAws'),
      configFqn,
      type,
      providerVersion: link[1],
    };
  }
}

/** The Terraform name of a property, read from its registry link anchor (`...#hash_key`). */
function terraformName(prop) {
  const text = `${prop.docs?.summary ?? ''} ${prop.docs?.remarks ?? ''}`;
  const anchor = /#([a-z0-9_]+) /.exec(text);
  if (anchor) return anchor[1];
  const block = /^([a-z0-9_]+) block\.?$/.exec(prop.docs?.summary ?? '');
  if (block) return block[1];
  return prop.name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

function primitiveCode(type) {
  if (type.primitive === 'string') return 's';
  if (type.primitive === 'number') return 'n';
  if (type.primitive === 'boolean') return 'b';
  if (type.collection?.kind === 'map') return 'm';
  if (type.collection?.kind === 'array') return 'l';
  for (const member of type.union?.types ?? []) {
    if (member.fqn === 'cdktf.IResolvable') continue;
    return primitiveCode(member);
  }
  return 'a';
}

/** An object with its keys in sorted order, so that generated data diffs well. */
export function sortedByKey(o) {
  return Object.fromEntries(
    Object.keys(o)
      .sort()
      .map((k) => [k, o[k]]),
  );
}
