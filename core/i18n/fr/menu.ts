import type { Translation } from '../define';
import type { menuMessages as en } from '../en/menu';

export const menuMessages: Translation<typeof en> = {
  'menu.file': 'Fichier',
  'menu.edit': 'Édition',
  'menu.view': 'Affichage',
  'menu.window': 'Fenêtre',
  'menu.help': 'Aide',
  'menu.quit': 'Quitter Skillgap',
  'menu.closeWindow': 'Fermer la fenêtre',
  'menu.exportPlanPdf': 'Exporter le plan en PDF…',
  'menu.print': 'Imprimer…',
  'menu.undo': 'Annuler',
  'menu.redo': 'Rétablir',
  'menu.cut': 'Couper',
  'menu.copy': 'Copier',
  'menu.paste': 'Coller',
  'menu.selectAll': 'Tout sélectionner',
  'menu.reload': 'Recharger',
  'menu.toggleDevTools': 'Outils de développement',
  'menu.resetZoom': 'Taille réelle',
  'menu.zoomIn': 'Zoom avant',
  'menu.zoomOut': 'Zoom arrière',
  'menu.toggleFullScreen': 'Plein écran',
  'menu.minimize': 'Réduire',
  'menu.zoom': 'Agrandir',
  'menu.bringAllToFront': 'Tout ramener au premier plan',
  'menu.about': 'À propos de Skillgap',
  'menu.services': 'Services',
  'menu.hide': 'Masquer Skillgap',
  'menu.hideOthers': 'Masquer les autres',
  'menu.showAll': 'Tout afficher',
  'menu.aboutVersion': 'Version {version}',
  'menu.aboutSummary':
    'Skillgap vous aide à passer à un métier de l’ère de l’IA : évaluez vos compétences, voyez ' +
    'l’écart avec les métiers visés et suivez un plan de formation daté. Tout reste sur cet ordinateur.',
  'menu.dataSources': 'Sources des données',
  'menu.ok': 'OK',
  'menu.startupFailedTitle': 'Skillgap n’a pas pu démarrer',
  'menu.startupFailedMessage':
    'Skillgap s’est arrêté avant d’ouvrir sa fenêtre. Vos données n’ont pas été modifiées. Détails : {detail}',
};
