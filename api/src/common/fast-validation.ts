/**
 * The validation pipe's short way for a valid body or query. class-transformer and class-validator walk a
 * DTO's rules through several layers for every request (9 % of the API's time on an intake under the bench).
 * A DTO built only of plain rules (`IsOptional` and synchronous `ValidateBy` rules: every helper in
 * validation.ts) gets a plan once: its properties, each with its `@Transform`s, its conditions and its rules'
 * own `validate` functions. A value made only of known fields holding text, numbers, booleans, null or lists
 * of those runs the plan: the same transforms, then the same `validate` calls in the same order. Only when
 * every rule passes does the plan answer, with the instance class-transformer would have built. Anything
 * else — a rule that fails, an unknown field, a nested object, a DTO with another kind of rule — goes the
 * long way, so every error and its message is the libraries' own.
 */
import { createRequire } from 'node:module';
import { TransformationType } from 'class-transformer';
import { getMetadataStorage, type ValidationArguments } from 'class-validator';

/** A DTO class, as Nest hands it over. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type DtoClass = Function;
/** class-transformer's own metadata (the module its plainToInstance reads; it declares no export for it). */
const transformerMetadata = (
  createRequire(import.meta.url)('class-transformer/cjs/storage.js') as { defaultMetadataStorage: TransformerMetadata }
).defaultMetadataStorage;
interface TransformerMetadata {
  getStrategy(t: DtoClass): string;
  getExposedMetadatas(t: DtoClass): unknown[];
  getExcludedMetadatas(t: DtoClass): unknown[];
  findTypeMetadata(t: DtoClass, p: string): { typeFunction?: () => unknown; options?: { discriminator?: unknown } } | undefined;
  findTransformMetadatas(
    t: DtoClass,
    p: string,
    type: TransformationType,
  ): { options?: object; transformFn: Field['transforms'][number] }[];
}

type Validate = (value: unknown, args: ValidationArguments) => unknown;
interface Rule {
  validate: Validate;
  each: boolean;
  constraints: unknown[];
}
interface Field {
  name: string;
  /** `@IsOptional`'s conditions: the field's rules apply only when each holds */
  conditions: ((object: object, value: unknown) => boolean)[];
  rules: Rule[];
  transforms: ((p: { value: unknown; key: string; obj: unknown; type: TransformationType; options: object }) => unknown)[];
  /** `@ValidateNested` with `@Type(() => X)`: X's plan, for a value that is an X or a list of them */
  nested?: Plan;
}
export interface Plan {
  fields: Map<string, Field>;
  metatype: DtoClass;
}

/** class-transformer's options for plainToInstance when none are given (the pipe gives none). */
const TRANSFORM_OPTIONS = Object.freeze({
  enableCircularCheck: false,
  enableImplicitConversion: false,
  excludeExtraneousValues: false,
  excludePrefixes: undefined,
  exposeDefaultValues: false,
  exposeUnsetFields: true,
  groups: undefined,
  ignoreDecorators: false,
  strategy: undefined,
  targetMaps: undefined,
  version: undefined,
});

interface RuleMetadata {
  type: string;
  propertyName: string;
  constraints: unknown[];
  constraintCls: DtoClass;
  each?: boolean;
  validateIf?: unknown;
  always?: boolean;
  groups?: string[];
}

let plans = new WeakMap<object, Plan | null>();
/** Forgets every plan (a DTO class registered a rule after its plan was made). */
export function forgetPlans(): void {
  plans = new WeakMap();
}

/** The plan of a DTO class, or null when it has a rule the plan does not know (it always goes the long way). */
export function planOf(metatype: DtoClass): Plan | null {
  let plan = plans.get(metatype);
  if (plan === undefined) {
    plans.set(metatype, null); // a class nested in itself has no plan
    plans.set(metatype, (plan = makePlan(metatype)));
  }
  return plan;
}
function makePlan(metatype: DtoClass): Plan | null {
  const storage = getMetadataStorage() as unknown as {
    getTargetValidationMetadatas(t: DtoClass, schema: string, always: boolean, strict: boolean): RuleMetadata[];
    getTargetValidatorConstraints(c: DtoClass): { async: boolean; instance: { validate: Validate } }[];
  };
  const metadata = storage.getTargetValidationMetadatas(metatype, '', false, false);
  if (!metadata.length) return null;
  // anything class-transformer would do besides copying and @Transform: types, exposing, excluding
  const t = transformerMetadata;
  if (t.getStrategy(metatype) !== 'none' || t.getExposedMetadatas(metatype).length || t.getExcludedMetadatas(metatype).length)
    return null;
  const fields = new Map<string, Field>();
  for (const m of metadata) {
    if (m.validateIf || m.always || m.groups?.length) return null;
    let f = fields.get(m.propertyName);
    if (!f) {
      const name = m.propertyName;
      // a getter or a method of the class: class-transformer skips the key
      if (name in (metatype.prototype as object) || name === '__proto__' || name === 'constructor') return null;
      const transforms = t.findTransformMetadatas(metatype, name, TransformationType.PLAIN_TO_CLASS);
      if (transforms.some((x) => x.options && Object.keys(x.options).length)) return null;
      fields.set(name, (f = { name, conditions: [], rules: [], transforms: transforms.map((x) => x.transformFn) }));
    }
    if (m.type === 'conditionalValidation') f.conditions.push(m.constraints[0] as Field['conditions'][number]);
    else if (m.type === 'customValidation') {
      for (const c of storage.getTargetValidatorConstraints(m.constraintCls)) {
        if (c.async) return null;
        const instance = c.instance;
        f.rules.push({ validate: instance.validate.bind(instance), each: !!m.each, constraints: m.constraints });
      }
    } else if (m.type === 'nestedValidation') {
      // a nested DTO (its class from @Type, with a plan of its own) with nothing transformed on the way
      const type = t.findTypeMetadata(metatype, f.name);
      if (!type?.typeFunction || type.typeFunction.length || type.options?.discriminator || f.transforms.length) return null;
      const nested = planOf(type.typeFunction() as DtoClass);
      if (!nested) return null;
      f.nested = nested;
    } else return null; // isDefined, whitelist-only, promises …
  }
  // a field whose type class-transformer would build without a nested check is not the plan's
  for (const f of fields.values()) if (!f.nested && t.findTypeMetadata(metatype, f.name)) return null;
  return { fields, metatype };
}

const isScalar = (v: unknown) => v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
const isPlain = (v: unknown): v is Record<string, unknown> => {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
};

/**
 * The instance for a valid value; otherwise why the long way must decide: 'shape' (the value is not made
 * only of the plan's fields holding scalars or dense lists of scalars) or 'rule' (a rule does not hold).
 */
export function runPlan(plan: Plan, value: unknown): object | 'shape' | 'rule' {
  if (!isPlain(value)) return 'shape';
  const plain = value;
  const keys = Object.keys(plain);
  for (const k of keys) {
    const f = plan.fields.get(k);
    if (!f) return 'shape';
    const v = plain[k];
    // a nested field holds an object or a list of them; any other field a scalar or a list of scalars
    const fits = f.nested ? isPlain : isScalar;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) if (!(i in v) || !fits(v[i])) return 'shape';
    } else if (!fits(v)) return 'shape';
  }
  // as plainToInstance: a new instance, each given key copied (a list as a new list) and transformed; a nested
  // object becomes an instance of its class, checked here by its own plan
  const entity = new (plan.metatype as new () => Record<string, unknown>)();
  for (const k of keys) {
    const v = plain[k];
    const f = plan.fields.get(k)!;
    if (f.nested) {
      const one = (x: unknown) => runPlan(f.nested!, x);
      const out = Array.isArray(v) ? v.map(one) : one(v);
      const failed = (Array.isArray(out) ? out : [out]).find((x) => typeof x === 'string');
      if (failed) return failed as 'shape' | 'rule';
      entity[k] = out;
      continue;
    }
    let out: unknown = Array.isArray(v) ? [...v] : v;
    for (const fn of f.transforms)
      out = fn({ value: out, key: k, obj: plain, type: TransformationType.PLAIN_TO_CLASS, options: TRANSFORM_OPTIONS });
    entity[k] = out;
  }
  // what whitelisting reads: every own key of the instance (a field's default included) is a field
  for (const k of Object.keys(entity)) if (!plan.fields.has(k)) return 'shape';
  const targetName = plan.metatype.name;
  for (const f of plan.fields.values()) {
    const v = entity[f.name];
    let applies = true;
    for (const c of f.conditions) applies = c(entity, v) && applies;
    if (!applies) continue;
    const args: ValidationArguments = { targetName, property: f.name, object: entity, value: v, constraints: [] };
    for (const r of f.rules) {
      args.constraints = r.constraints;
      // a rule holds when its validate answers truthy, as class-validator reads it (a promise is not expected: no async rules)
      if (r.each && Array.isArray(v)) {
        for (const x of v) if (!r.validate(x, args)) return 'rule';
      } else if (!r.validate(v, args)) return 'rule';
    }
  }
  return entity;
}
