import { describe, expect, it } from 'vitest';
import { zoneTrail } from '../../src/lib/zone-trail.ts';

describe('zoneTrail', () => {
  it('files a zone under its own kind, so a city is not called a 园区', () => {
    expect(zoneTrail({ kind: '城市' }).map((c) => c.label)).toEqual(['园区与地区', '城市']);
    expect(zoneTrail({ kind: '国家高新区' })).toEqual([
      { label: '园区与地区', href: '/zones/' },
      { label: '国家高新区', href: '/zones/#kind-国家高新区' },
    ]);
  });
});
