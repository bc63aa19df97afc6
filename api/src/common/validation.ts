/**
 * Request validation. DTO fields are declared with the helpers below, which
 * attach class-validator rules with Chinese messages AND the OpenAPI schema
 * in one place, so the generated client and the checks never disagree.
 */
import { applyDecorators, ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
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
  getMetadataStorage,
} from 'class-validator';
import { isCalendarDate, isCalendarMonth, isInstant } from '@wy/shared';
import { isDeepStrictEqual } from 'node:util';
import { AppError } from './app-error.js';
import { forgetPlans, planOf, runPlan } from './fast-validation.js';

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

/** A query string's number: plain decimal digits only ("0x10", "1e3", " 16" stay text and fail IsInt). */
const decimal = () => Transform(({ value }) => (typeof value === 'string' && /^-?\d{1,15}$/.test(value) ? Number(value) : value));

export function Int(label: string, o: Common & { min?: number; max?: number } = {}) {
  const ds = [
    ...base(label, o, { type: Number, minimum: o.min, maximum: o.max }),
    decimal(),
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

/** A full ISO 8601 date-time (an instant; optional unless told). */
/** An optional (by default) instant: see `Instant`. */
export const IsoDate = (label: string, optional = true) => Instant(label, { optional });
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

/** A calendar date YYYY-MM-DD that exists (shared `isCalendarDate`). */
export function DateOnly(label: string, o: Common = {}) {
  return applyDecorators(
    ...base(label, o, { type: String, format: 'date', example: '2026-11-23' }),
    ValidateBy({
      name: 'calendarDate',
      validator: { validate: (v) => isCalendarDate(v), defaultMessage: () => `${label}不是有效的日期（格式如 2026-11-23）` },
    }),
  );
}
/** A month YYYY-MM that exists. */
export function MonthOnly(label: string, o: Common = {}) {
  return applyDecorators(
    ...base(label, o, { type: String, example: '2026-11' }),
    ValidateBy({
      name: 'calendarMonth',
      validator: { validate: (v) => isCalendarMonth(v), defaultMessage: () => `${label}不是有效的月份（格式如 2026-11）` },
    }),
  );
}
/** An instant: ISO 8601 date-time with its zone, on a real date. */
export function Instant(label: string, o: Common = {}) {
  return applyDecorators(
    ...base(label, o, { type: String, format: 'date-time' }),
    ValidateBy({
      name: 'instant',
      validator: {
        validate: (v) => isInstant(v),
        defaultMessage: () => `${label}必须是完整的日期时间（如 2026-11-23T10:00:00+08:00）`,
      },
    }),
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

/**
 * class-validator looks a DTO's rules up afresh on every request: it walks every registered class to find
 * the ones the DTO inherits from (`getTargetValidationMetadatas`, 2 % of the API's time under the bench),
 * then groups them by property. Rules are registered when the DTO classes load, so both answers are
 * kept per class and options; registering a rule (a class loaded later) forgets them. The arrays handed
 * out are the ones class-validator would build, and it only reads them.
 */
function cacheValidationMetadata(): void {
  type ValidationMetadata = { propertyName: string };
  type Fn<A extends unknown[], R> = (this: Storage, ...a: A) => R;
  interface Storage {
    cached?: boolean;
    addValidationMetadata: Fn<unknown[], void>;
    addValidationSchema: Fn<unknown[], void>;
    addConstraintMetadata: Fn<unknown[], void>;
    // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
    getTargetValidationMetadatas: Fn<[Function, string, boolean, boolean, string[]?], ValidationMetadata[]>;
    groupByPropertyName: Fn<[ValidationMetadata[]], Record<string, ValidationMetadata[]>>;
  }
  const storage = getMetadataStorage() as unknown as Storage;
  if (storage.cached) return;
  storage.cached = true;
  let targets = new WeakMap<object, Map<string, ValidationMetadata[]>>();
  let grouped = new WeakMap<ValidationMetadata[], Record<string, ValidationMetadata[]>>();
  const forget = (fn: Fn<unknown[], void>): Fn<unknown[], void> =>
    function (this: Storage, ...a) {
      targets = new WeakMap();
      grouped = new WeakMap();
      forgetPlans();
      return fn.apply(this, a);
    };
  storage.addValidationMetadata = forget(storage.addValidationMetadata);
  storage.addValidationSchema = forget(storage.addValidationSchema);
  storage.addConstraintMetadata = forget(storage.addConstraintMetadata);
  const lookUp = storage.getTargetValidationMetadatas;
  storage.getTargetValidationMetadatas = function (target, schema, always, strictGroups, groups) {
    const key = `${schema ?? ''}\u0000${always}\u0000${strictGroups}\u0000${groups?.join('\u0001') ?? '-'}`;
    let byKey = targets.get(target);
    if (!byKey) targets.set(target, (byKey = new Map()));
    let found = byKey.get(key);
    if (!found) byKey.set(key, (found = lookUp.call(this, target, schema, always, strictGroups, groups)));
    return found;
  };
  const group = storage.groupByPropertyName;
  storage.groupByPropertyName = function (metadata) {
    let found = grouped.get(metadata);
    if (!found) grouped.set(metadata, (found = group.call(this, metadata)));
    return found;
  };
}

/** DTO classes every one of whose rules applies only when the field is given (`IsOptional`): `{}` is valid as it is. */
const allOptional = new WeakMap<object, boolean>();
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
function everyFieldOptional(metatype: Function): boolean {
  let known = allOptional.get(metatype);
  if (known === undefined) {
    type Rule = { propertyName: string; type: string };
    const rules = getMetadataStorage().getTargetValidationMetadatas(metatype, '', true, false) as unknown as Rule[];
    const optional = new Set(rules.filter((m) => m.type === 'conditionalValidation').map((m) => m.propertyName));
    known = rules.length > 0 && rules.every((m) => optional.has(m.propertyName));
    allOptional.set(metatype, known);
  }
  return known;
}

/** Path parameters reach their own pipe (`Id`) as the text sent: "0x10" must not arrive as 16. */
class AppValidationPipe extends ValidationPipe {
  /**
   * @param crossCheck every value that has a short way also goes the long way, and the two must agree (the
   * same instance, or the short way declined): on in tests, so the whole suite checks the short way
   */
  constructor(
    options: ConstructorParameters<typeof ValidationPipe>[0],
    private readonly crossCheck: boolean,
  ) {
    super(options);
  }

  /**
   * A valid body or query of a DTO built of plain rules takes the short way (fast-validation.ts). An empty
   * body for a DTO whose fields are all optional (most of a repair's steps: 接单, 到场 …) is valid and becomes
   * an empty instance, whatever its rules.
   */
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const type = metadata.metatype;
    if (!type || (metadata.type !== 'body' && metadata.type !== 'query') || !this.toValidate(metadata))
      return super.transform(value, metadata);
    const plan = planOf(type);
    const short = plan
      ? runPlan(plan, value)
      : metadata.type === 'body' &&
          value !== null &&
          typeof value === 'object' &&
          Object.getPrototypeOf(value) === Object.prototype &&
          Object.keys(value).length === 0 &&
          everyFieldOptional(type)
        ? new (type as new () => object)()
        : 'shape';
    if (!this.crossCheck) return typeof short === 'object' ? short : super.transform(value, metadata);
    return this.checked(short, value, metadata);
  }

  /** Both ways; a disagreement is a fault of the short way (a 500 naming the DTO). */
  private async checked(short: object | 'shape' | 'rule', value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    let long: { ok: unknown } | { error: unknown };
    try {
      long = { ok: await super.transform(value, metadata) };
    } catch (error) {
      long = { error };
    }
    const disagree =
      typeof short === 'object' ? !('ok' in long) || !isDeepStrictEqual(short, long.ok) : short === 'rule' && 'ok' in long;
    if (disagree)
      throw new Error(
        `validation's short way disagrees with the long way for ${metadata.metatype!.name}: ${JSON.stringify(value)}`,
      );
    if (typeof short === 'object') return short;
    if ('error' in long) throw long.error;
    return long.ok;
  }

  protected override transformPrimitive(value: unknown, metadata: ArgumentMetadata): unknown {
    return metadata.type === 'param' ? value : super.transformPrimitive(value, metadata);
  }
}

export function createValidationPipe(o: { crossCheck?: boolean } = {}): ValidationPipe {
  cacheValidationMetadata();
  return new AppValidationPipe(
    {
      transform: true,
      whitelist: true,
      forbidNonWhitelisted: true,
      stopAtFirstError: true,
      exceptionFactory: (errors) => {
        const fields = flatten(errors).map((f) =>
          f.message.startsWith('property ')
            ? { field: f.field, message: `不允许的字段：${f.field}` }
            : /object is expected/.test(f.message)
              ? { field: f.field, message: '请求内容必须是一个 JSON 对象' }
              : // a rule declared without a Chinese message (a library's default) still answers in Chinese
                /[\u4e00-\u9fff]/.test(f.message)
                ? f
                : { field: f.field, message: `${f.field}的格式不正确` },
        );
        return new AppError('VALIDATION_FAILED', fields[0]?.message ?? '提交的内容有误', { fields });
      },
    },
    o.crossCheck ?? false,
  );
}
