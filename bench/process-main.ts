/** How a bench process runs its `main`: an error is printed and exits with status 1. */

/** For a server (a baseline, the service): it keeps running after `main` resolves. */
export function runMain(main: () => Promise<void>): void {
  main().catch(fail);
}

/** For a tool (the bench, a profile): it exits when `main` resolves, with its status (0 when none). */
export function runToExit(main: () => Promise<number | void>): void {
  main().then((status) => process.exit(status ?? 0), fail);
}

function fail(error: unknown): never {
  console.error(error);
  process.exit(1);
}
