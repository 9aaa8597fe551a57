import type { FocusEvent, ReactNode } from 'react';
import { createContext, useCallback, useContext, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { handOverFocus } from './focusKeeper';
import { rememberPlace } from './focusSuccessor';

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
  /** Where focus was before it came to the notice: closing the notice takes it back there. */
  const cameFrom = useRef<Element | null>(null);
  const noteWhereFocusCameFrom = (event: FocusEvent<HTMLDivElement>) => {
    const from = event.relatedTarget;
    if (from instanceof Element && !event.currentTarget.contains(from)) cameFrom.current = from;
  };
  const close = () => {
    const from = cameFrom.current;
    cameFrom.current = null;
    if (from?.isConnected) handOverFocus({ opener: from, place: rememberPlace(from) });
    setNotice(null);
  };
  return (
    <NoticeContext.Provider value={api}>
      {children}
      <div className="notice-region" role="status" aria-live="polite">
        {notice && (
          <div className="notice" key={notice.id} onFocus={noteWhereFocusCameFrom}>
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
            <button type="button" className="button button--small button--quiet" onClick={close}>
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
