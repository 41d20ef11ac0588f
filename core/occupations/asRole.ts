import type { Role } from '../model/catalog';
import type { Occupation } from '../model/occupation';
import type { IsoDate } from '../model/text';

/** The id a role made from an O*NET occupation takes: one per occupation, so adding it twice adds nothing. */
export function occupationRoleId(code: string): string {
  return `onet-${code.replace('.', '-')}`;
}

/**
 * An occupation the person wants to move to, as one of their own roles: its requirements as the
 * catalogue computed them (core and plus, the same calibration as the built-in roles), its O*NET
 * code and source, so the plan, the gap and the PDF treat it like any role. Null when O*NET rates
 * no skills for it: there is nothing to plan toward.
 */
export function roleFromOccupation(occupation: Occupation, today: IsoDate): Role | null {
  if (occupation.requirements.length === 0) return null;
  return {
    id: occupationRoleId(occupation.code),
    title: occupation.title,
    family: 'adjacent',
    summary: { en: '', fr: '' },
    requirements: occupation.requirements.map((requirement) => ({ ...requirement })),
    backgrounds: [],
    hubs: [],
    onetCodes: [occupation.code],
    sources: [{ title: `O*NET 29.3, ${occupation.code} ${occupation.title.en}`, url: `https://www.onetonline.org/link/summary/${occupation.code}` }],
    reviewed: today,
    custom: true,
  };
}
