import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const region = new pulumi.Config().get('region') ?? 'us-east-1';

// Created through the default provider, whose region comes from the stack or environment.
export const jobs = new aws.sqs.Queue('jobs');
