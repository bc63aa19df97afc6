// The validation pipe's short way for an empty body: only where walking every rule would find nothing wrong.
import { describe, expect, it } from 'vitest';
import type { ArgumentMetadata } from '@nestjs/common';
import { ReasonDto } from '../src/common/dto.js';
import { createValidationPipe } from '../src/common/validation.js';
import { ActionDto } from '../src/modules/service-requests/sr.dto.js';

const pipe = createValidationPipe();
const body = (metatype: ArgumentMetadata['metatype']): ArgumentMetadata => ({ type: 'body', metatype });
const fails = async (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: { code?: string; message?: string }) => e,
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
});
