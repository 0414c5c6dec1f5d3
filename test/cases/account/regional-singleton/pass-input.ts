import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

// An input names the account's existing recorder; the program creates one only when it names none.
const config = new pulumi.Config();
const existingRecorderName = config.get('existingRecorderName');

let recorder: aws.cfg.Recorder;
if (existingRecorderName) {
  recorder = aws.cfg.Recorder.get('existing', existingRecorderName);
} else {
  recorder = new aws.cfg.Recorder('recorder', {
    roleArn: config.require('configRoleArn'),
    recordingGroup: { allSupported: true },
  });
}
export const recorderName = recorder.name;
