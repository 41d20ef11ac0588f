/**
 * Sends malformed calls to every channel's handler over the real service and store: each must be
 * answered with a typed invalid-payload error, never a throw, and the store file must stay
 * byte-for-byte what it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { z } from 'zod';
import { createChannelHandlers, CHANNEL_PAYLOAD_SCHEMAS, type ChannelHandlers } from '../../../main/ipc/handlers';
import { createSkillgapService, type SkillgapService } from '../../../main/service/service';
import { CHANNELS, type Channel } from '../../../preload/channels';
import { sampleCatalog } from '../service/samples';
import { fixtureText, listDir, makeTempDir, removeTempDirs, sha256 } from '../store/support';
import { VALID_CALLS } from '../service/channel-calls';

const RUNS_PER_CHANNEL = 70;
const ONE_MEGABYTE = 1024 * 1024;

type Path = (string | number)[];

/** Every path to a node of a JSON-like value, the root included. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const here = [prefix];
  if (Array.isArray(value)) return here.concat(...value.map((item, index) => pathsOf(item, [...prefix, index])));
  if (typeof value === 'object' && value !== null) {
    return here.concat(...Object.entries(value).map(([key, item]) => pathsOf(item, [...prefix, key])));
  }
  return here;
}

function objectPathsOf(value: unknown): Path[] {
  return pathsOf(value).filter((at) => {
    const node = at.reduce<unknown>((current, key) => (current as Record<string, unknown>)[key as string], value);
    return typeof node === 'object' && node !== null && !Array.isArray(node);
  });
}

/** A deep copy with the node at `at` replaced by `edit(parent, key)`. */
function edited(value: unknown, at: Path, edit: (parent: Record<string | number, unknown>, key: string | number) => void): unknown {
  const copy = structuredClone(value);
  if (at.length === 0) return copy;
  const parent = at.slice(0, -1).reduce<unknown>((current, key) => (current as Record<string, unknown>)[key as string], copy);
  edit(parent as Record<string | number, unknown>, at[at.length - 1]);
  return copy;
}

function deeplyNested(depth: number, asArray: boolean): unknown {
  let node: unknown = 'bottom';
  for (let level = 0; level < depth; level += 1) node = asArray ? [node] : { inner: node };
  return node;
}

const hugeString = fc.integer({ min: 0, max: 4096 }).map((extra) => 'x'.repeat(ONE_MEGABYTE + extra));
const invalidDate = fc.constantFrom('2026-02-30', '2026-13-01', '2025-02-29', '26-01-01', '2026-1-1', 'yesterday', '', '2026-06-31T00:00:00Z');
const hostileNumber = fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -1e308, 1e308, -0.5, 2 ** 53 + 1);
const hostileValue = fc.oneof(
  hostileNumber,
  fc.constantFrom(null, undefined, true, false, 0, '', 'DROP TABLE', '<script>alert(1)</script>'),
  fc.string({ maxLength: 30 }),
  fc.double(),
  invalidDate,
  hugeString,
  fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 4 }),
  fc.object({ maxDepth: 2 }),
  fc.integer({ min: 20, max: 3000 }).chain((depth) => fc.boolean().map((asArray) => deeplyNested(depth, asArray))),
  fc.date({ noInvalidDate: false }),
  fc.constant(new Map([['id', 'x']])),
);
const forbiddenKey = fc.constantFrom('__proto__', 'constructor', 'prototype');

type Malformed = { kind: string; args: unknown[] };

function malformedCalls(channel: Channel): fc.Arbitrary<Malformed> {
  const { args: validArgs } = VALID_CALLS[channel];
  const schema = CHANNEL_PAYLOAD_SCHEMAS[channel] as z.ZodType | null;
  const wrongArity = fc
    .array(fc.anything({ maxDepth: 2 }), { minLength: 0, maxLength: 4 })
    .filter((extra) => extra.length !== validArgs.length)
    .map((args) => ({ kind: 'wrong arity', args: args.length > validArgs.length ? [...validArgs, ...args.slice(validArgs.length)] : args }));
  if (!schema) return wrongArity;

  const payload = validArgs[0];
  const rejected = (candidate: unknown) => !schema.safeParse(candidate).success;
  const allPaths = pathsOf(payload);
  const objectPaths = objectPathsOf(payload);
  const keyPaths = allPaths.filter((at) => at.length > 0 && typeof at[at.length - 1] === 'string');

  const call = (kind: string) => (candidate: unknown) => ({ kind, args: [candidate] });
  return fc.oneof(
    wrongArity,
    hostileValue.filter((value) => typeof value !== 'object' || value === null || Array.isArray(value)).map(call('not an object')),
    fc.constant([payload]).map(call('array where an object is expected')),
    fc
      .tuple(fc.constantFrom(...allPaths.filter((at) => at.length > 0)), hostileValue)
      .map(([at, value]) => edited(payload, at, (parent, key) => (parent[key] = value)))
      .filter(rejected)
      .map(call('wrong type or value in a field')),
    fc
      .tuple(fc.constantFrom(...allPaths.filter((at) => at.length > 0)), hugeString)
      .map(([at, value]) => edited(payload, at, (parent, key) => (parent[key] = value)))
      .map(call('1 MB string in a field')),
    fc
      .constantFrom(...keyPaths)
      .map((at) => edited(payload, at, (parent, key) => delete parent[key]))
      .filter(rejected)
      .map(call('missing field')),
    fc
      .tuple(fc.constantFrom(...objectPaths), fc.string({ minLength: 1, maxLength: 12 }), fc.anything({ maxDepth: 1 }))
      .map(([at, key, value]) =>
        at.length === 0
          ? { ...(payload as object), [`extra_${key}`]: value }
          : edited(payload, at, (parent, last) => ((parent[last] as Record<string, unknown>)[`extra_${key}`] = value)),
      )
      .map(call('extra field')),
    fc
      .tuple(forbiddenKey, fc.constantFrom(...objectPaths))
      .map(([key, at]) => {
        if (at.length === 0) {
          // The way a hostile JSON body arrives: JSON.parse makes "__proto__" an own key.
          return JSON.parse(JSON.stringify(payload).replace(/^\{/, `{"${key}":{"polluted":true},`));
        }
        return edited(payload, at, (parent, last) =>
          Object.defineProperty(parent[last], key, { value: { polluted: true }, enumerable: true, configurable: true, writable: true }),
        );
      })
      .map(call('prototype-pollution key')),
    fc
      .tuple(fc.constantFrom(...allPaths), fc.integer({ min: 20, max: 5000 }), fc.boolean())
      .map(([at, depth, asArray]) =>
        at.length === 0 ? deeplyNested(depth, asArray) : edited(payload, at, (parent, key) => (parent[key] = deeplyNested(depth, asArray))),
      )
      .map(call('deep nesting')),
  );
}

let dataDirectory: string;
let storePath: string;
let service: SkillgapService;
let handlers: ChannelHandlers;
let hashBefore: string;
let filesBefore: string[];
const sent = new Map<string, number>();

beforeAll(async () => {
  dataDirectory = makeTempDir();
  storePath = path.join(dataDirectory, 'skillgap.json');
  fs.writeFileSync(storePath, fixtureText('v6-annotator-with-plan.json'));
  hashBefore = sha256(storePath);
  filesBefore = listDir(dataDirectory);
  service = await createSkillgapService({
    dataDirectory,
    builtinCatalog: sampleCatalog,
    appVersion: '0.1.0',
    writeDelayMs: 0,
  });
  handlers = createChannelHandlers(service, {
    openInBrowser: async () => {
      throw new Error('a malformed call must never reach the opener');
    },
  });
});

afterAll(async () => {
  await service.close();
  removeTempDirs();
});

describe('malformed payloads on every channel', () => {
  it.each(CHANNELS)('%s answers every malformed call with invalid-payload', async (channel) => {
    await fc.assert(
      fc.asyncProperty(malformedCalls(channel), async ({ kind, args }) => {
        sent.set(kind, (sent.get(kind) ?? 0) + 1);
        const result = await handlers[channel](args);
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.error.code).toBe('invalid-payload');
          expect(typeof result.error.message).toBe('string');
        }
      }),
      { numRuns: RUNS_PER_CHANNEL, seed: 20261124 + CHANNELS.indexOf(channel) },
    );
  });

  it('sent at least 1,000 malformed calls and the store file is byte-for-byte unchanged', async () => {
    await service.flush();
    const total = [...sent.values()].reduce((sum, count) => sum + count, 0);
    console.log(`fuzz: ${total} malformed calls`, Object.fromEntries(sent));
    expect(total).toBeGreaterThanOrEqual(1000);
    expect(sent.get('1 MB string in a field')).toBeGreaterThan(0);
    expect(sent.get('prototype-pollution key')).toBeGreaterThan(0);
    expect(sha256(storePath)).toBe(hashBefore);
    expect(listDir(dataDirectory)).toEqual(filesBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
