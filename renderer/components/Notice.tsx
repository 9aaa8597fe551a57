import type { ReactNode } from 'react';
import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

type NoticeState = { id: number; text: string; actionLabel?: string; onAction?: () => void } | null;
type NoticeApi = { show: (text: string, action?: { label: string; onAction: () => void }) => void };

const NoticeContext = createContext<NoticeApi | null>(null);

/**
 * One status line for "saved", "deleted – undo" and the like, in a polite live region. It stays
 * until replaced or closed, so an undo is never snatched away by a timer.
 */
export const NoticeProvider = ({ children }: { children: ReactNode }) => {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<NoticeState>(null);
  const show = useCallback<NoticeApi['show']>((text, action) => {
    setNotice((previous) => ({
      id: (previous?.id ?? 0) + 1,
      text,
      actionLabel: action?.label,
      onAction: action?.onAction,
    }));
  }, []);
  const api = useMemo(() => ({ show }), [show]);
  return (
    <NoticeContext.Provider value={api}>
      {children}
      <div className="notice-region" role="status" aria-live="polite">
        {notice && (
          <div className="notice" key={notice.id}>
            <span>{notice.text}</span>
            {notice.onAction && (
              <button
                type="button"
                className="button button--small"
                onClick={() => {
                  setNotice(null);
                  notice.onAction?.();
                }}
              >
                {notice.actionLabel}
              </button>
            )}
            <button
              type="button"
              className="button button--small button--quiet"
              onClick={() => setNotice(null)}
            >
              {t('app.close')}
            </button>
          </div>
        )}
      </div>
    </NoticeContext.Provider>
  );
};

export const useNotice = (): NoticeApi => {
  const api = useContext(NoticeContext);
  if (!api) throw new Error('useNotice outside NoticeProvider');
  return api;
};
