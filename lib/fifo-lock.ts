/** Frees a FifoLock for the next caller. */
export type Release = () => void;

/**
 * A FIFO mutex within this process: acquire() resolves, in call order, to the function that
 * releases it; run() holds it for one piece of async work.
 */
export class FifoLock {
  #tail: Promise<void> = Promise.resolve();

  acquire(): Promise<Release> {
    let release!: Release;
    const released = new Promise<void>((resolve) => (release = resolve));
    const acquired = this.#tail.then(() => release);
    this.#tail = this.#tail.then(() => released);
    return acquired;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await work();
    } finally {
      release();
    }
  }
}
