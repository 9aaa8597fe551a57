import { useTranslation } from 'react-i18next';
import { usePlatform } from '../platform/PlatformContext';
import { useNotice } from './Notice';
import { useCommand } from './useCommand';

/**
 * Saves a print route as PDF through the shell (printToPDF of the route in a hidden window):
 * a notice names the file, a cancelled save dialog says nothing, a failure becomes `error`.
 */
export const useSavePdf = (route: string, suggestedName: string) => {
  const { t } = useTranslation();
  const platform = usePlatform();
  const notice = useNotice();
  const command = useCommand();
  const save = () =>
    command.run(async () => {
      const result = await platform.reports.savePdf({ route, suggestedName });
      if (!result.ok) throw new Error(result.error);
      if (result.value.saved)
        notice.show(t('reports.pdfSaved', { file: result.value.fileName ?? '' }));
    });
  return { save, isSaving: command.isBusy, error: command.error };
};
