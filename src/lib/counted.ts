// Counts in our sentences, the noun agreeing with the number: "1 statement", "3 statements"; and
// after "the", no number for one: "the statement", "the 3 statements", never "the 1 statements".

/** "1 statement", "3 statements" (the plural is `one` + "s" unless given). */
export const counted = (n: number, one: string, other = `${one}s`): string => `${n} ${n === 1 ? one : other}`;

/** What follows "the": "statement" for one, else "3 statements". */
export const definiteCount = (n: number, one: string, other = `${one}s`): string => (n === 1 ? one : counted(n, one, other));
