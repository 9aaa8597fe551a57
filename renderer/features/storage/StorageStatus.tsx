import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogButtons } from '../../components/DialogButtons';
import { storageFigures } from './storageAmounts';
import { useStorageEstimate } from './useStorageEstimate';

/**
 * Asetukset → Varmuuskopiot → Tallennustila: whether the browser keeps the data persistently
 * (it may otherwise evict it under storage pressure), and how much of the quota is used.
 */
export const StorageStatus = () => {
  const { t, i18n } = useTranslation();
  const { estimate, persisted, requestPersist } = useStorageEstimate();
  const [isRefused, setIsRefused] = useState(false);

  const handleRequestPersist = async () => {
    setIsRefused(!(await requestPersist()));
  };

  return (
    <>
      <h3>{t('storage.status.heading')}</h3>
      {estimate === undefined || persisted === undefined ? (
        <p>{t('app.loading')}</p>
      ) : (
        <>
          <p>
            {persisted === true
              ? t('storage.status.persisted')
              : persisted === false
                ? t('storage.status.notPersisted')
                : t('storage.status.persistUnknown')}
          </p>
          {persisted === false && (
            <DialogButtons
              secondary={{
                label: t('storage.status.requestPersist'),
                onPress: () => void handleRequestPersist(),
              }}
            />
          )}
          {isRefused && persisted === false && (
            <p role="status">{t('storage.status.persistRefused')}</p>
          )}
          <p>
            {estimate
              ? t('storage.status.usage', storageFigures(estimate, i18n.language))
              : t('storage.status.usageUnknown')}
          </p>
        </>
      )}
    </>
  );
};
