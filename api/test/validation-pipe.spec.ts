// The validation pipe's short ways (an empty body; a valid value of a DTO built of plain rules) answer what
// class-transformer and class-validator answer the long way, and leave every error to the long way.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArgumentMetadata } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { ReasonDto } from '../src/common/dto.js';
import { planOf, runPlan } from '../src/common/fast-validation.js';
import { Check, createValidationPipe, Int, Str } from '../src/common/validation.js';
import { ActionDto, CreateRequestDto, MaterialDto, RequestQuery } from '../src/modules/service-requests/sr.dto.js';

const pipe = createValidationPipe();
/** the long way only: the short ways are reached from AppValidationPipe.transform, this calls the library's */
const longWay = (value: unknown, m: ArgumentMetadata) =>
  Object.getPrototypeOf(Object.getPrototypeOf(pipe)).transform.call(pipe, value, m) as Promise<unknown>;
const body = (metatype: ArgumentMetadata['metatype']): ArgumentMetadata => ({ type: 'body', metatype });
const query = (metatype: ArgumentMetadata['metatype']): ArgumentMetadata => ({ type: 'query', metatype });
const fails = async (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: { code?: string; message?: string }) => e,
  );
const settle = (p: Promise<unknown>) =>
  p.then(
    (ok) => ({ ok }),
    (e: { code?: string; message?: string; details?: unknown }) => ({
      error: { code: e.code, message: e.message, details: e.details },
    }),
  );

describe('validation pipe', () => {
  it('an empty body for a DTO whose fields are all optional is an empty instance, as the full walk answers', async () => {
    const out = await pipe.transform({}, body(ActionDto));
    expect(out).toBeInstanceOf(ActionDto);
    expect(Object.keys(out as object)).toEqual([]);
  });

  it('an empty body for a DTO with a required field is still refused with its Chinese message', async () => {
    const e = await fails(pipe.transform({}, body(ReasonDto)));
    expect(e?.code).toBe('VALIDATION_FAILED');
    expect(e?.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('a body with a field still goes through every rule: a wrong one is refused, an unknown one too', async () => {
    expect((await fails(pipe.transform({ feeFen: 'x' }, body(ActionDto))))?.code).toBe('VALIDATION_FAILED');
    expect((await fails(pipe.transform({ nope: 1 }, body(ActionDto))))?.message).toMatch(/不允许的字段/);
    // an array or null is not an empty object
    expect((await fails(pipe.transform([], body(ActionDto))))?.code).toBe('VALIDATION_FAILED');
  });

  it("a valid intake takes the short way and is the long way's instance: trimmed text, the same fields", async () => {
    const value = {
      projectId: 3,
      channel: 'phone',
      categoryId: 7,
      description: '  楼道灯不亮 ',
      urgency: 'normal',
      location: '3号楼',
      requesterName: '王女士',
      requesterPhone: '13900000000',
      photoIds: [1, 2],
      notDuplicate: true,
    };
    const plan = planOf(CreateRequestDto);
    expect(plan).not.toBeNull();
    const short = runPlan(plan!, value);
    expect(short).toBeInstanceOf(CreateRequestDto);
    expect((short as CreateRequestDto).description).toBe('楼道灯不亮');
    expect(short).toStrictEqual(await longWay(value, body(CreateRequestDto)));
    expect(await pipe.transform(value, body(CreateRequestDto))).toStrictEqual(short);
    // the list is the instance's own copy, as class-transformer makes it
    expect((short as CreateRequestDto).photoIds).not.toBe(value.photoIds);
  });

  it("a query's text becomes numbers and booleans the same way on both", async () => {
    const value = Object.assign(Object.create(null) as object, {
      projectId: '12',
      limit: '20',
      overdue: 'true',
      keyword: ' 张 ',
    });
    const short = runPlan(planOf(RequestQuery)!, value);
    expect(short).toBeInstanceOf(RequestQuery);
    expect(short).toMatchObject({ projectId: 12, limit: 20, overdue: true, keyword: '张' });
    expect(short).toStrictEqual(await longWay({ ...value }, query(RequestQuery)));
  });

  it('whatever the short way cannot vouch for goes the long way and gets its message', async () => {
    const plan = planOf(CreateRequestDto)!;
    const ok = {
      projectId: 3,
      channel: 'phone',
      categoryId: 7,
      description: 'x',
      urgency: 'normal',
      requesterName: '王',
      requesterPhone: '13900000000',
    };
    // a rule that does not hold
    expect(runPlan(plan, { ...ok, requesterPhone: '123' })).toBe('rule');
    expect((await fails(pipe.transform({ ...ok, requesterPhone: '123' }, body(CreateRequestDto))))?.message).toBe(
      '请输入正确的11位手机号',
    );
    // a required field missing
    const { requesterName: _, ...noName } = ok;
    expect(runPlan(plan, noName)).toBe('rule');
    expect((await fails(pipe.transform(noName, body(CreateRequestDto))))?.message).toMatch(/报修人姓名/);
    // an unknown field, a nested object, a list holding an object: not the short way's to judge
    expect(runPlan(plan, { ...ok, nope: 1 })).toBe('shape');
    expect(runPlan(plan, { ...ok, location: { a: 1 } })).toBe('shape');
    expect(runPlan(plan, { ...ok, photoIds: [{}] })).toBe('shape');
    expect((await fails(pipe.transform({ ...ok, nope: 1 }, body(CreateRequestDto))))?.message).toBe('不允许的字段：nope');
  });

  it("a finish's materials are instances of their class both ways; a wrong one goes the long way for its message", async () => {
    const plan = planOf(ActionDto)!;
    const value = { result: ' 已更换灯管 ', feeFen: 3000, materials: [{ name: ' 灯管 ', quantity: 2, unit: '根' }] };
    const short = runPlan(plan, value) as ActionDto;
    expect(short.materials?.[0]).toBeInstanceOf(MaterialDto);
    expect(short.materials?.[0]?.name).toBe('灯管');
    expect(short).toStrictEqual(await longWay(value, body(ActionDto)));
    const wrong = { ...value, materials: [{ name: '灯管', quantity: 0 }] };
    expect(runPlan(plan, wrong)).toBe('rule');
    expect((await fails(pipe.transform(wrong, body(ActionDto))))?.message).toBe('数量不能小于1');
    // an unknown field inside, or a material that is not an object: the long way's to judge
    expect(runPlan(plan, { materials: [{ name: '灯管', quantity: 1, colour: 'white' }] })).toBe('shape');
    expect(runPlan(plan, { materials: ['灯管'] })).toBe('shape');
    expect((await fails(pipe.transform({ materials: ['灯管'] }, body(ActionDto))))?.code).toBe('VALIDATION_FAILED');
  });

  it('with crossCheck, a short way that disagrees with the long way is a fault, not an answer', async () => {
    let calls = 0;
    // a rule that holds the first time it is asked and not after: the two ways then disagree
    class Flaky {
      @Str('名称') name: string;
      @Check('flaky', () => ++calls === 1, '第二次不通过') @Int('数量', { optional: true }) n?: number;
    }
    const checked = createValidationPipe({ crossCheck: true });
    await expect(checked.transform({ name: 'a', n: 1 }, body(Flaky))).rejects.toThrow(/short way disagrees/);
    // agreeing ways answer as usual
    calls = 0;
    expect(await createValidationPipe({ crossCheck: true }).transform({ name: 'a' }, body(Flaky))).toStrictEqual(
      Object.assign(new Flaky(), { name: 'a' }),
    );
  });

  it('for every DTO of the API, random values answer alike both ways (the same instance, or the same error)', async () => {
    const src = join(import.meta.dirname, '../src');
    const files: string[] = [];
    const walk = (d: string) => {
      for (const f of readdirSync(d)) {
        const p = join(d, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.dto\.ts$/.test(f) || relative(src, p) === join('common', 'dto.ts')) files.push(p);
      }
    };
    walk(src);
    type Rule = { propertyName: string; name?: string; constraints?: unknown[] };
    const storage = getMetadataStorage() as unknown as {
      getTargetValidationMetadatas(t: object, s: string, a: boolean, g: boolean): Rule[];
      getTargetValidatorConstraints(c: unknown): { name: string }[];
    };
    const classes: (new () => object)[] = [];
    for (const f of files)
      for (const x of Object.values(await import(f)))
        if (typeof x === 'function' && storage.getTargetValidationMetadatas(x, '', false, false).length)
          classes.push(x as new () => object);
    expect(classes.length).toBeGreaterThan(100);

    // a seeded generator: the same values on every run
    let seed = 20261207;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    const common: unknown[] = [
      'abc',
      ' 带空格 ',
      '',
      '1',
      '20',
      '-3',
      '0x10',
      'true',
      'false',
      '2026-11-23',
      '2026-11',
      '2026-11-23T10:00:00+08:00',
      '13900000000',
      'x'.repeat(60),
      0,
      1,
      7,
      -1,
      1.5,
      100000,
      true,
      false,
      null,
      [],
      [1, 2],
      ['a'],
      [true],
    ];
    let shortAnswers = 0;
    let compared = 0;
    for (const cls of classes) {
      const rules = storage.getTargetValidationMetadatas(cls, '', false, false);
      const fields = [...new Set(rules.map((r) => r.propertyName))];
      // the values a field's 'isIn' names, so that many values pass and the short way is reached
      const listed = new Map<string, unknown[]>();
      for (const r of rules)
        if (Array.isArray(r.constraints?.[0]))
          listed.set(r.propertyName, [...(listed.get(r.propertyName) ?? []), ...(r.constraints[0] as unknown[])]);
      for (let k = 0; k < 40; k++) {
        const value: Record<string, unknown> = {};
        for (const f of fields) {
          if (rnd() < 0.3) continue;
          const own = listed.get(f);
          value[f] = own && rnd() < 0.7 ? (rnd() < 0.5 ? pick(own) : [pick(own)]) : pick(common);
        }
        if (rnd() < 0.05) value.unknownField = 1;
        for (const m of [body(cls), query(cls)]) {
          const plan = planOf(cls);
          const short = plan ? runPlan(plan, structuredClone(value)) : 'shape';
          const long = await settle(longWay(structuredClone(value), m));
          const both = await settle(pipe.transform(structuredClone(value), m));
          expect(both, `${cls.name} ${JSON.stringify(value)}`).toStrictEqual(long);
          if (typeof short === 'object') {
            shortAnswers++;
            expect(long, `${cls.name} ${JSON.stringify(value)}`).toStrictEqual({ ok: short });
          } else if (short === 'rule') expect('error' in long, `${cls.name} ${JSON.stringify(value)}`).toBe(true);
          compared++;
        }
      }
    }
    // the comparison reached the short way often enough to mean something
    console.log(`${classes.length} DTOs, ${compared} values compared, ${shortAnswers} answered the short way`);
    expect(shortAnswers).toBeGreaterThan(compared / 20);
  });
});
