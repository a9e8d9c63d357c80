/** Numbers the addresses a brief cites, in the order it first cites them, each address once. */
export class SourceNumbers {
  private readonly numbers = new Map<string, number>();

  cite(urls: (string | null | undefined)[]): number[] {
    const cited: number[] = [];
    for (const url of urls) {
      if (!url) continue;
      let number = this.numbers.get(url);
      if (number === undefined) {
        number = this.numbers.size + 1;
        this.numbers.set(url, number);
      }
      if (!cited.includes(number)) cited.push(number);
    }
    return cited;
  }

  list(): { number: number; url: string }[] {
    return [...this.numbers].map(([url, number]) => ({ number, url }));
  }
}
