/**
 * Required wording of the O*NET CC BY 4.0 attribution (shared/data/onet-29.3/README.md). It is
 * shown verbatim, in English, in every language (the About box, the settings, the PDF), so the
 * licence text is never altered by a translation; a French translation is shown beside it.
 */
export const ONET_ATTRIBUTION =
  'This product includes information from the O*NET 29.3 Database by the U.S. Department of ' +
  'Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. ' +
  'O*NET® is a trademark of USDOL/ETA. Skillgap has modified all or some of this information. ' +
  'USDOL/ETA has not approved, endorsed, or tested these modifications.';
