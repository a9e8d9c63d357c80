/**
 * zod compiles fast parsers with `new Function` unless told not to, and probes for it first; under
 * the app's Content-Security-Policy (no 'unsafe-eval') that probe is reported as a violation in
 * every browser that loads a form. Imported first by the schema modules the forms share.
 */
import { z } from "zod";

z.config({ jitless: true });
