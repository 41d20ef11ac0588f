import { ProfileSchema } from '../../../core';
import {
  checkPayloadShape,
  CHANNEL_PAYLOAD_SCHEMAS,
  MAX_PAYLOAD_ARRAY,
  MAX_PAYLOAD_DEPTH,
  parsePayload,
} from '../../../main/service/payloads';
import { CHANNELS } from '../../../preload/channels';
import { sampleProfile } from './samples';

function nested(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let level = 0; level < depth; level += 1) value = { next: value };
  return value;
}

describe('checkPayloadShape', () => {
  it('accepts ordinary values', () => {
    expect(checkPayloadShape(sampleProfile())).toBeNull();
    expect(checkPayloadShape('text')).toBeNull();
    expect(checkPayloadShape(null)).toBeNull();
  });

  it.each([
    ['{"__proto__":{"isAdmin":true}}', '__proto__'],
    ['{"a":[{"constructor":{"prototype":{"x":1}}}]}', 'a.0.constructor'],
    ['{"name":"x","prototype":1}', 'prototype'],
    ['[1,{"__proto__":null}]', '1.__proto__'],
  ])('refuses the own key in %s at %s', (json, where) => {
    expect(checkPayloadShape(JSON.parse(json))).toMatchObject({ code: 'invalid-payload', path: where });
  });

  it('refuses nesting deeper than any real payload, without recursion', () => {
    expect(checkPayloadShape(nested(MAX_PAYLOAD_DEPTH - 1))).toBeNull();
    expect(checkPayloadShape(nested(MAX_PAYLOAD_DEPTH + 1))).toMatchObject({ code: 'invalid-payload' });
    expect(checkPayloadShape(nested(200_000))).toMatchObject({ code: 'invalid-payload' });
  });

  it('refuses lists and objects larger than any schema allows, and oversized payloads', () => {
    expect(checkPayloadShape({ items: new Array(MAX_PAYLOAD_ARRAY).fill(0) })).toBeNull();
    expect(checkPayloadShape({ items: new Array(MAX_PAYLOAD_ARRAY + 1).fill(0) })).toMatchObject({ path: 'items' });
    const wide = Object.fromEntries(Array.from({ length: MAX_PAYLOAD_ARRAY + 1 }, (_, index) => [`k${index}`, 1]));
    expect(checkPayloadShape({ wide })).toMatchObject({ path: 'wide' });
    const many = Array.from({ length: 30 }, () => Array.from({ length: 5000 }, () => ({})));
    expect(checkPayloadShape(many)).toMatchObject({ code: 'invalid-payload', message: 'the value: is too large' });
  });
});

describe('parsePayload', () => {
  it('returns the parsed value or the first problem naming its field', () => {
    expect(parsePayload(ProfileSchema, sampleProfile())).toEqual({ ok: true, value: sampleProfile() });
    expect(parsePayload(ProfileSchema, { ...sampleProfile(), studyDays: [1, 1] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload', path: 'studyDays' },
    });
  });
});

describe('CHANNEL_PAYLOAD_SCHEMAS', () => {
  it('has an entry for every channel', () => {
    expect(Object.keys(CHANNEL_PAYLOAD_SCHEMAS).sort()).toEqual([...CHANNELS].sort());
  });

  it('accepts only backup names of the backup pattern', () => {
    const schema = CHANNEL_PAYLOAD_SCHEMAS['backups:restore'];
    expect(schema.safeParse({ name: 'skillgap-20261124-090000-000-scheduled.json' }).success).toBe(true);
    expect(schema.safeParse({ name: '../skillgap-20261124-090000-000-scheduled.json' }).success).toBe(false);
  });

  it('accepts only http(s) addresses to open', () => {
    const schema = CHANNEL_PAYLOAD_SCHEMAS['shell:openExternal'];
    expect(schema.safeParse({ url: 'https://www.coursera.org/learn/python' }).success).toBe(true);
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'ms-settings:', 'not a url']) {
      expect(schema.safeParse({ url }).success).toBe(false);
    }
  });
});
