/**
 * `report` at most once every `ms` (the first call always passes): for progress lines from a
 * loop that ticks far more often than anyone wants to read.
 */
export function throttled<A extends unknown[]>(ms: number, report: (...args: A) => void): (...args: A) => void {
  let last = -Infinity;
  return (...args) => {
    const now = performance.now();
    if (now - last < ms) return;
    last = now;
    report(...args);
  };
}
