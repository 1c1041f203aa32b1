import type { z } from 'zod';

type Def = {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  in?: z.ZodType;
};
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema under optional, nullable, default and pipe wrappers. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (;;) {
    const def = defOf(s);
    if (
      def.innerType &&
      ['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch'].includes(def.type)
    )
      s = def.innerType;
    else if (def.type === 'pipe' && def.in) s = def.in;
    else return s;
  }
}

/** An object schema's fields, or null; arrays are looked through to their element. */
export function fieldsOf(schema: z.ZodType): Record<string, z.ZodType> | null {
  const s = elementOf(schema);
  const def = defOf(s);
  if (def.type !== 'object') return null;
  return (s as unknown as { shape: Record<string, z.ZodType> }).shape;
}

/** The element of an array schema (unwrapped), or the schema itself. */
export function elementOf(schema: z.ZodType): z.ZodType {
  const s = unwrap(schema);
  const def = defOf(s);
  return def.type === 'array' && def.element ? unwrap(def.element) : s;
}
