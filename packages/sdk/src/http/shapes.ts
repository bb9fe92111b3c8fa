import * as z from 'zod/mini';

/**
 * What paging reads from a page in every validation mode: its items and the total that says where
 * the list ends. The read path checks it with the generated `checkPageShape`
 * (src/generated/checks/shapes.ts); this schema is loaded only for the issues of a bad page.
 */
export const pageShape = z.object({ total: z.number(), items: z.array(z.unknown()) });
