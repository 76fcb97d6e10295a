/**
 * Runs async jobs one after another: two tabs' snapshots and a badge refresh
 * never interleave their reads and writes.
 */
export function serial() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(job: () => Promise<T>): Promise<T> => {
    const run = tail.then(job, job);
    tail = run.catch(() => undefined);
    return run;
  };
}
