import { z } from 'zod';
import { presentedAs } from './present.ts';

/** An answer that carries nothing but success. */
export const ok = presentedAs('public', z.object({ ok: z.literal(true) }));
