import { z } from 'zod';
import { describeZodError } from '../../../core/model/result';

const problemOf = (schema: z.ZodType, value: unknown, root = '') => {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error('the value was accepted');
  return describeZodError(parsed.error, root);
};

describe('describeZodError', () => {
  it('names the field and keeps an English sentence for logs', () => {
    const error = problemOf(z.object({ weeklyHours: z.number().min(1) }), { weeklyHours: 0 }, 'profile');
    expect(error).toMatchObject({ code: 'invalid-payload', path: 'profile.weeklyHours' });
    expect(error.message).toMatch(/^"profile\.weeklyHours": /);
  });

  it('turns each kind of issue into a problem the UI can say in both languages', () => {
    expect(problemOf(z.number().min(1), 0).problem).toEqual({ key: 'problem.tooSmall', values: { minimum: 1 } });
    expect(problemOf(z.number().max(168), 200).problem).toEqual({ key: 'problem.tooBig', values: { maximum: 168 } });
    expect(problemOf(z.string().min(1), '').problem).toEqual({ key: 'problem.tooShort', values: { count: 1 } });
    expect(problemOf(z.array(z.string()).max(2), ['a', 'b', 'c']).problem).toEqual({ key: 'problem.tooLong', values: { count: 2 } });
    expect(problemOf(z.number(), 'five').problem).toEqual({ key: 'problem.wrongType', values: { expected: 'number' } });
    expect(problemOf(z.enum(['en', 'fr']), 'de').problem).toEqual({ key: 'problem.notAllowed' });
    expect(problemOf(z.string().regex(/^\d{4}$/), 'x').problem).toEqual({ key: 'problem.badFormat' });
    expect(problemOf(z.strictObject({ a: z.number() }), { a: 1, b: 2, c: 3 }).problem).toEqual({ key: 'problem.unknownKeys', values: { keys: 'b, c' } });
    expect(problemOf(z.number().refine((value) => value % 2 === 0), 3).problem).toEqual({ key: 'problem.invalid' });
  });
});
