/**
 * Runs a benchmark's main and exits: 0 when it finished, 1 with the error printed when it threw.
 * Exiting explicitly matters: a database client or a server handle left open would keep Node alive.
 */
export function runBenchmark(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
