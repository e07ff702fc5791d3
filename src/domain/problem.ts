/** Why one row or input cannot be written: the field at fault (a row field, or `steps[1].role`) and a reason a person can act on. */
export interface Problem {
  field: string;
  reason: string;
}

/** True when `value` is one of the enum's string values. */
export const isOneOf = <T extends string>(values: Record<string, T>, value: unknown): value is T =>
  typeof value === 'string' && (Object.values(values) as string[]).includes(value);
