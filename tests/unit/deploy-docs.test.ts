import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../src/lib/security-headers.ts';
import { nginxHeaders, readmeBlock } from '../helpers/readme.ts';

describe("the README's nginx server block", () => {
  const block = readmeBlock('nginx');

  it('sends exactly the security headers of the site, with the same values', () => {
    expect(nginxHeaders(block)).toEqual(SECURITY_HEADERS);
  });

  it('declares UTF-8 for plain text and serves pages without their trailing slash', () => {
    expect(block).toMatch(/^\s*charset utf-8;$/m);
    expect(block).toMatch(/^\s*charset_types [^;]*\btext\/plain\b/m);
    expect(block).toMatch(/^\s*try_files \$uri \$uri\/index\.html /m);
    expect(block).toMatch(/^\s*error_page 404 \/404\.html;$/m);
  });
});
