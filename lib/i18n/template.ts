/**
 * Client leaves get their strings from the server as plain text, so the browser needs no message
 * runtime. A string that depends on a value only the browser knows (what was typed, who is signed
 * in) arrives as a template: the server formats the message with that argument set to its own
 * `{name}` placeholder (see `placeholders`), and the browser fills it in with `fillTemplate`.
 */
export function placeholders<const Name extends string>(...names: Name[]): Record<Name, string> {
  return Object.fromEntries(names.map((name) => [name, `{${name}}`])) as Record<Name, string>;
}

/** Replaces each `{name}` of the template once; text inserted is never scanned again. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : placeholder,
  );
}
