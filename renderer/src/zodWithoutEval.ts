import { z } from 'zod';

/**
 * zod 4 probes `new Function('')` on its first object parse to decide whether it may compile
 * fast parsers. The page's CSP forbids eval, so the probe is reported as a violation (harmless,
 * but noisy). main.tsx imports this module first, before anything parses.
 */
z.config({ jitless: true });
