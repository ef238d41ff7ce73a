// Walks raw JSON: the key paths of its objects and the strings it holds, with their paths.

type Json = unknown;

const isObject = (x: Json): x is Record<string, Json> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Every object key path ("questions.now.options.home"). Arrays are not entered: their items
 * (other titles, tips) may differ in number between languages; object keys are ids.
 */
export function keyPaths(json: Json, prefix = ''): string[] {
  if (!isObject(json)) return [];
  return Object.entries(json).flatMap(([k, v]) => {
    const path = prefix ? `${prefix}.${k}` : k;
    return [path, ...keyPaths(v, path)];
  });
}

export interface StringAt {
  path: string;
  /** The key the string is stored under (for arrays, the array's key). */
  key: string;
  text: string;
}

/** Every string value with its path ("start.points.0"). */
export function stringsOf(json: Json, prefix = '', key = ''): StringAt[] {
  if (typeof json === 'string') return [{ path: prefix, key, text: json }];
  if (Array.isArray(json)) return json.flatMap((v, i) => stringsOf(v, prefix ? `${prefix}.${i}` : String(i), key));
  if (isObject(json)) return Object.entries(json).flatMap(([k, v]) => stringsOf(v, prefix ? `${prefix}.${k}` : k, k));
  return [];
}
