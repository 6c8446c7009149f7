/** Resolves in a later task: what follows an `await` of it runs after the page could paint. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, 0);
  });
}
