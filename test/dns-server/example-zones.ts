/** A small zone set for trying serve.ts by hand: `npx tsx test/dns-server/serve.ts --zones test/dns-server/example-zones.ts` */
import type { Zone } from './types.ts';

export const zones: Zone[] = [
  {
    origin: 'example.test',
    records: [
      { name: '@', type: 'MX', value: '10 mx.example.test' },
      { name: 'mx', type: 'A', value: '192.0.2.25' },
      { name: '@', type: 'TXT', value: 'v=spf1 ip4:192.0.2.25 -all' },
      { name: '_dmarc', type: 'TXT', value: 'v=DMARC1; p=none' },
    ],
  },
];
