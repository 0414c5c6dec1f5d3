/**
 * Pulumi TypeScript projects for rule tests: a `Pulumi.yaml` and an `index.ts`.
 */
export function pulumiProject(code: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    'Pulumi.yaml': 'name: test\nruntime: nodejs\n',
    'index.ts': `import * as pulumi from '@pulumi/pulumi';\nimport * as aws from '@pulumi/aws';\n${code}`,
    ...extra,
  };
}

/** 1-based line of the first occurrence of `needle` in the index.ts written by `pulumiProject`. */
export function lineOf(code: string, needle: string): number {
  const full = `import * as pulumi from '@pulumi/pulumi';\nimport * as aws from '@pulumi/aws';\n${code}`;
  const index = full.indexOf(needle);
  if (index < 0) throw new Error(`not found: ${needle}`);
  return full.slice(0, index).split('\n').length;
}
