import { Button, Menu } from '@mantine/core';
import type { Plan } from '../../../../core';
import { getBridge } from '../../bridge';
import { useAppData } from '../../data/AppDataProvider';
import { useI18n } from '../../i18n';
import { paperSizeOf } from '../../screens/Print/paper';
import { useFileExport } from './useFileExport';

/**
 * "Export" for one plan: PDF and print (through main's hidden print window), calendar (.ics) and
 * spreadsheet (.csv). Main asks where to save and builds the files from its own data: the page
 * only names the plan.
 */
export function PlanExportMenu({ plan }: { plan: Plan }) {
  const { data } = useAppData();
  const { t } = useI18n();
  const { busy, run } = useFileExport();
  const paperSize = paperSizeOf(data.settings);
  const planId = plan.id;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" loading={busy} aria-label={t('exportMenu.menuLabel')} loaderProps={{ 'aria-label': t('exportMenu.working') }}>
          {t('exportMenu.label')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => void run(() => getBridge()['plan:printPdf']({ planId, paperSize }))}>{t('exportMenu.pdf')}</Menu.Item>
        <Menu.Item onClick={() => void run(() => getBridge()['plan:print']({ planId, paperSize }))}>{t('exportMenu.print')}</Menu.Item>
        <Menu.Item onClick={() => void run(() => getBridge()['plan:exportIcs']({ planId }))}>{t('exportMenu.ics')}</Menu.Item>
        <Menu.Item onClick={() => void run(() => getBridge()['plan:exportCsv']({ planId }))}>{t('exportMenu.csv')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
