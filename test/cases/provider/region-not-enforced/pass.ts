import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const region = new pulumi.Config().get('region') ?? 'us-east-1';

const provider = new aws.Provider('aws', { region });

export const jobs = new aws.sqs.Queue('jobs', {}, { provider });
