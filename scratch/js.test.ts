import { it } from 'vitest';
import { z } from 'astro/zod';
import { DATA_SCHEMAS } from '../src/lib/data/schemas';
it('x', () => {
  const s = z.toJSONSchema(z.array(DATA_SCHEMAS.positions), { io: 'input', target: 'draft-7', unrepresentable: 'any' });
  console.log(JSON.stringify(s).slice(0, 1500));
});
