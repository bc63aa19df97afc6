/**
 * Request validation. DTO fields are declared with the helpers below, which
 * attach class-validator rules with Chinese messages AND the OpenAPI schema
 * in one place, so the generated client and the checks never disagree.
 */
import { applyDecorators, ValidationPipe, type ValidationError } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateBy,
} from 'class-validator';
import { AppError } from './app-error.js';

const trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

interface Common {
  optional?: boolean;
  nullable?: boolean;
  description?: string;
  example?: unknown;
}

function base(label: string, o: Common, schema: Record<string, unknown>) {
  const doc = { description: o.description ?? label, example: o.example, nullable: o.nullable, ...schema };
  return o.optional ? [ApiPropertyOptional(doc), IsOptional()] : [ApiProperty(doc)];
}

export function Str(label: string, o: Common & { min?: number; max?: number; pattern?: RegExp; patternMessage?: string } = {}) {
  const max = o.max ?? 200;
  const ds = [
    ...base(label, o, { type: String, maxLength: max, minLength: o.min }),
    trim(),
    IsString({ message: `${label}必须是文字` }),
    MaxLength(max, { message: `${label}不能超过${max}个字` }),
  ];
  if (!o.optional) ds.push(IsNotEmpty({ message: `${label}不能为空` }));
  if (o.min) ds.push(MinLength(o.min, { message: `${label}至少${o.min}个字` }));
  if (o.pattern) ds.push(Matches(o.pattern, { message: o.patternMessage ?? `${label}格式不正确` }));
  return applyDecorators(...ds);
}

export function Int(label: string, o: Common & { min?: number; max?: number } = {}) {
  const ds = [
    ...base(label, o, { type: Number, minimum: o.min, maximum: o.max }),
    Type(() => Number),
    IsInt({ message: `${label}必须是整数` }),
  ];
  if (o.min !== undefined) ds.push(Min(o.min, { message: `${label}不能小于${o.min}` }));
  if (o.max !== undefined) ds.push(Max(o.max, { message: `${label}不能大于${o.max}` }));
  return applyDecorators(...ds);
}

export function OneOf<T extends string>(label: string, values: readonly T[], o: Common & { labels?: Record<T, string> } = {}) {
  const list = o.labels ? values.map((v) => `${v}（${o.labels![v]}）`).join('、') : values.join('、');
  return applyDecorators(
    ...base(label, o, { enum: values as unknown as string[], type: String }),
    IsIn(values as unknown as string[], { message: `${label}必须是以下之一：${list}` }),
  );
}

export function Bool(label: string, o: Common = {}) {
  // query strings carry "true"/"false"/"1"/"0"
  const fromQuery = Transform(({ value }) =>
    value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value,
  );
  return applyDecorators(...base(label, o, { type: Boolean }), fromQuery, IsBoolean({ message: `${label}必须是是/否` }));
}

export function StrArray<T extends string>(label: string, values: readonly T[], o: Common & { max?: number } = {}) {
  return applyDecorators(
    ...base(label, o, { type: String, isArray: true, enum: values as unknown as string[] }),
    IsArray({ message: `${label}必须是列表` }),
    ArrayMaxSize(o.max ?? 50, { message: `${label}最多${o.max ?? 50}项` }),
    IsIn(values as unknown as string[], { each: true, message: `${label}含有无效的值` }),
  );
}

export function IntArray(label: string, o: Common & { max?: number } = {}) {
  return applyDecorators(
    ...base(label, o, { type: Number, isArray: true }),
    IsArray({ message: `${label}必须是列表` }),
    ArrayMaxSize(o.max ?? 500, { message: `${label}最多${o.max ?? 500}项` }),
    IsInt({ each: true, message: `${label}必须是整数列表` }),
  );
}

/** A custom check with a Chinese message (e.g. isMobilePhone from shared). */
export function Check(name: string, fn: (v: unknown) => boolean, message: string) {
  return ValidateBy({ name, validator: { validate: (v) => fn(v), defaultMessage: () => message } });
}

function flatten(errors: ValidationError[], prefix = ''): { field: string; message: string }[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) => {
      const fields = flatten(errors).map((f) =>
        f.message.startsWith('property ') ? { field: f.field, message: `不允许的字段：${f.field}` } : f,
      );
      return new AppError('VALIDATION_FAILED', fields[0]?.message ?? '提交的内容有误', { fields });
    },
  });
}
