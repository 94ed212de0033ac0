import { describe, expect, it } from 'vitest';
import { jsonResponse, safeJson } from '../../src/lib/json.ts';

describe('safeJson', () => {
  it('escapes <, > and & so no published JSON text reads as markup', () => {
    const text = safeJson({ title: '<script>alert("x")</script> & more' });
    expect(text).not.toMatch(/[<>&]/);
    expect(text).toContain('\\u003cscript\\u003e');
  });

  it('still parses back to the same value, Chinese text untouched', () => {
    const value = { title: '“不忘初心、牢记使命”<b>', list: [1, '党史'] };
    expect(JSON.parse(safeJson(value))).toEqual(value);
    expect(safeJson('党史')).toBe('"党史"');
  });

  it('answers with a JSON content type', async () => {
    const response = jsonResponse({ a: 1 });
    expect(response.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    expect(await response.json()).toEqual({ a: 1 });
  });
});
