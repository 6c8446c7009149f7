/** Resolves in a later task: what follows an `await` of it runs after the page could paint. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, 0);
  });
}

/** Runs `callback` in a later task (the page may paint first); returns what cancels it. */
export function inNextTask(callback: () => void): () => void {
  const timer = setTimeout(callback, 0);
  return () => {
    clearTimeout(timer);
  };
}
