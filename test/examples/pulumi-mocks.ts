/**
 * Pulumi's runtime mocks for the example programs: resources are "created" in
 * memory (no cloud, no CLI) and recorded with their resolved inputs, so tests
 * assert on what the program would ask AWS for.
 */
import * as pulumi from '@pulumi/pulumi';

export interface MockResource {
  type: string;
  name: string;
  inputs: Record<string, unknown>;
  state: Record<string, unknown>;
}

/**
 * Installs the mocks and returns the list they fill. Outputs follow AWS where a
 * test depends on it: a function's `version` is `$LATEST` unless it publishes.
 */
export async function installMocks(): Promise<MockResource[]> {
  const created: MockResource[] = [];
  await pulumi.runtime.setMocks(
    {
      newResource(args) {
        const service = args.type.split(':')[1]?.split('/')[0] ?? 'unknown';
        const physical = (args.inputs.name as string | undefined) ?? args.name;
        const state: Record<string, unknown> = {
          ...args.inputs,
          arn: `arn:aws:${service}:us-east-1:123456789012:${args.name}`,
          name: physical,
        };
        if (args.type === 'aws:lambda/function:Function') state.version = args.inputs.publish ? '1' : '$LATEST';
        if (args.type === 'aws:s3/bucket:Bucket') state.bucket = args.inputs.bucket ?? args.name;
        created.push({ type: args.type, name: args.name, inputs: args.inputs, state });
        return { id: `${args.name}-id`, state };
      },
      call(args) {
        if (args.token === 'aws:index/getRegion:getRegion') return { name: 'us-east-1', region: 'us-east-1' };
        if (args.token === 'aws:index/getCallerIdentity:getCallerIdentity') return { accountId: '123456789012' };
        return args.inputs;
      },
    },
    'examples',
    'test',
    false,
  );
  return created;
}

/** The value of an output, once the mocks have resolved it. */
export function valueOf<T>(output: pulumi.Output<T>): Promise<T> {
  return new Promise((resolve) => output.apply(resolve));
}

/**
 * Waits until the program has registered every resource: registrations wait on
 * the outputs they take as inputs, so the list grows in rounds until it stops.
 */
export async function settle(created: MockResource[]): Promise<void> {
  let stableRounds = 0;
  let count = -1;
  while (stableRounds < 3) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    stableRounds = created.length === count ? stableRounds + 1 : 0;
    count = created.length;
  }
}

/** The one recorded resource of a Pulumi type token; fails when there is not exactly one. */
export function only(created: MockResource[], type: string): MockResource {
  const found = created.filter((r) => r.type === type);
  if (found.length !== 1) throw new Error(`expected one ${type}, found ${found.length}`);
  return found[0];
}
