/**
 * Memoisation by object identity: the document and its parts are immutable,
 * so a result computed for one object stays right for as long as it lives.
 */
export function memoWeak<K extends object, R>(compute: (key: K) => R): (key: K) => R {
  const cache = new WeakMap<K, R>();
  return (key) => {
    if (cache.has(key)) return cache.get(key) as R;
    const result = compute(key);
    cache.set(key, result);
    return result;
  };
}
