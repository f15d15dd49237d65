// How the data scripts end: the error's message on stderr and exit code 1, never a stack trace for
// an expected refusal ("the target is not empty", "stop the app first").
export function runScript(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
