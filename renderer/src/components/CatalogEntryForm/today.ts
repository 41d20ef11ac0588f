import { format } from 'date-fns';

/** The person's calendar day, for the "reviewed" date of what they save. */
export function todayIso(): string {
  return format(new Date(), 'yyyy-MM-dd');
}
