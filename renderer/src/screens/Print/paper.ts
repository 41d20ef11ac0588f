import { defaultPaperSize, type Settings } from '../../../../core';

export type PaperSize = NonNullable<Settings['paperSize']>;

/** The paper the person chose, or until they choose, the usual one for their language and region. */
export function paperSizeOf(settings: Settings): PaperSize {
  return settings.paperSize ?? defaultPaperSize(settings.locale, typeof navigator === 'undefined' ? undefined : navigator.language);
}
