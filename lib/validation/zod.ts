// Zod, configured once for every schema here (they all import z from this module). Jitless: Zod 4
// would otherwise probe `new Function("")` in the browser to compile faster parsers, which the pages'
// Content-Security-Policy (no 'unsafe-eval') blocks and reports; the plain parsers are fast enough.
import { z } from "zod";

z.config({ jitless: true });

export { z };
