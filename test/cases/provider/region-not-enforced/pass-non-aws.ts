import * as pulumi from '@pulumi/pulumi';
import * as random from '@pulumi/random';

const config = new pulumi.Config();
// The region names the deployment; the program creates no AWS resource.
export const region = config.get('region') ?? 'us-east-1';
export const suffix = new random.RandomString('suffix', { length: 6, special: false });
