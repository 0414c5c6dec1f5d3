import * as aws from '@pulumi/aws';

const mesh = new aws.appmesh.Mesh('mesh', { name: 'orders' });

export const gateway = new aws.appmesh.VirtualGateway('gateway', {
  name: 'orders-gateway',
  meshName: mesh.name,
  spec: {
    listeners: [
      {
        portMapping: { port: 8080, protocol: 'http' },
      },
    ],
  },
});
