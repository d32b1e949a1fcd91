/**
 * `list.map(each)`, for a list that a batch makes for every file and hands on to other code. V8 makes
 * `map`'s array packed while the caller is interpreted and holey once it is optimised, so an array
 * made either way has another hidden class; every function already optimised for the first kind is then
 * deoptimised ("wrong map") by the second and compiled again, once per worker thread. An array filled by
 * `push` has the same kind either way.
 */
export function mapped<T, U>(list: readonly T[], each: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < list.length; i++) out.push(each(list[i]!, i));
  return out;
}
