// Resolves in a later task, letting the browser paint or handle input. A message, not a timer: a
// timer may wait a few milliseconds, and in a background tab up to a second.
export const nextTask = (): Promise<void> =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
