import { z } from 'zod';

/**
 * zod 4 probes `new Function('')` on its first object parse to decide whether it may compile
 * fast parsers. The page's CSP forbids eval, so the probe is reported as a violation (harmless,
 * but noisy). The screens that parse a Profile import this module first to turn the probe off;
 * it would sit best in main.tsx, before anything parses.
 */
z.config({ jitless: true });
