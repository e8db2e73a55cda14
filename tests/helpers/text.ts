// Checks on the sentences we build, shared by the unit and build tests.

/** True when some "(" opens before the previous one closes: “Jan 2022 (late Jan 2022 (…))”. */
export function nestsParentheses(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '(' && ++depth > 1) return true;
    if (ch === ')') depth = Math.max(0, depth - 1);
  }
  return false;
}
