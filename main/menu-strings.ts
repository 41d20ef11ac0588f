/**
 * The few person-facing strings the main process shows itself (native menu, About box, start-up
 * failure). Everything else is translated by the renderer. Each locale must define every key:
 * the Record type below fails to compile when one is missing.
 */
import type { Locale } from '../core';

export const MENU_STRING_KEYS = [
  'file',
  'edit',
  'view',
  'window',
  'help',
  'quit',
  'closeWindow',
  'exportPlanPdf',
  'print',
  'undo',
  'redo',
  'cut',
  'copy',
  'paste',
  'selectAll',
  'reload',
  'toggleDevTools',
  'resetZoom',
  'zoomIn',
  'zoomOut',
  'toggleFullScreen',
  'minimize',
  'zoom',
  'bringAllToFront',
  'about',
  'services',
  'hide',
  'hideOthers',
  'showAll',
  'aboutVersion',
  'aboutSummary',
  'dataSources',
  'ok',
  'startupFailedTitle',
  'startupFailedMessage',
] as const;
export type MenuStringKey = (typeof MENU_STRING_KEYS)[number];
export type MenuStrings = Record<MenuStringKey, string>;

/**
 * Required wording of the O*NET CC BY 4.0 attribution (shared/data/onet-29.3/README.md). It is
 * shown verbatim in every language so the licence text is never altered by a translation.
 */
export const ONET_ATTRIBUTION =
  'This product includes information from the O*NET 29.3 Database by the U.S. Department of ' +
  'Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. ' +
  'O*NET® is a trademark of USDOL/ETA. Skillgap has modified all or some of this information. ' +
  'USDOL/ETA has not approved, endorsed, or tested these modifications.';

export const MENU_STRINGS: Record<Locale, MenuStrings> = {
  en: {
    file: 'File',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
    help: 'Help',
    quit: 'Quit Skillgap',
    closeWindow: 'Close Window',
    exportPlanPdf: 'Export Plan as PDF…',
    print: 'Print…',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    reload: 'Reload',
    toggleDevTools: 'Toggle Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    toggleFullScreen: 'Toggle Full Screen',
    minimize: 'Minimize',
    zoom: 'Zoom',
    bringAllToFront: 'Bring All to Front',
    about: 'About Skillgap',
    services: 'Services',
    hide: 'Hide Skillgap',
    hideOthers: 'Hide Others',
    showAll: 'Show All',
    aboutVersion: 'Version {version}',
    aboutSummary:
      'Skillgap helps you move into an AI-era job: rate your skills, see the gap to the roles you ' +
      'target and follow a dated learning plan. Everything stays on this computer.',
    dataSources: 'Data sources',
    ok: 'OK',
    startupFailedTitle: 'Skillgap could not start',
    startupFailedMessage:
      'Skillgap stopped before opening its window. Your data has not been changed. Details: {detail}',
  },
  fr: {
    file: 'Fichier',
    edit: 'Édition',
    view: 'Affichage',
    window: 'Fenêtre',
    help: 'Aide',
    quit: 'Quitter Skillgap',
    closeWindow: 'Fermer la fenêtre',
    exportPlanPdf: 'Exporter le plan en PDF…',
    print: 'Imprimer…',
    undo: 'Annuler',
    redo: 'Rétablir',
    cut: 'Couper',
    copy: 'Copier',
    paste: 'Coller',
    selectAll: 'Tout sélectionner',
    reload: 'Recharger',
    toggleDevTools: 'Outils de développement',
    resetZoom: 'Taille réelle',
    zoomIn: 'Zoom avant',
    zoomOut: 'Zoom arrière',
    toggleFullScreen: 'Plein écran',
    minimize: 'Réduire',
    zoom: 'Agrandir',
    bringAllToFront: 'Tout ramener au premier plan',
    about: 'À propos de Skillgap',
    services: 'Services',
    hide: 'Masquer Skillgap',
    hideOthers: 'Masquer les autres',
    showAll: 'Tout afficher',
    aboutVersion: 'Version {version}',
    aboutSummary:
      'Skillgap vous aide à passer à un métier de l’ère de l’IA : évaluez vos compétences, voyez ' +
      'l’écart avec les métiers visés et suivez un plan de formation daté. Tout reste sur cet ordinateur.',
    dataSources: 'Sources des données',
    ok: 'OK',
    startupFailedTitle: 'Skillgap n’a pas pu démarrer',
    startupFailedMessage:
      'Skillgap s’est arrêté avant d’ouvrir sa fenêtre. Vos données n’ont pas été modifiées. Détails : {detail}',
  },
};

/**
 * The menu language: the person's saved choice once they have one, otherwise the system's
 * language when Skillgap speaks it, otherwise English.
 */
export function menuLocale(saved: Locale | null, systemLocale: string): Locale {
  if (saved) return saved;
  return systemLocale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function menuStrings(locale: Locale): MenuStrings {
  return MENU_STRINGS[locale];
}

/** Replaces {name} placeholders; unknown placeholders are left as they are. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
