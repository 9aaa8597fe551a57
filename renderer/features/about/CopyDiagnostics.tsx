import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotice } from '../../components/Notice';

/**
 * "Kopioi diagnostiikka": puts the text on the clipboard. Where the clipboard is not available
 * (or refuses), the read-only text is selected and focused instead, so Ctrl+C copies it.
 */
export const CopyDiagnostics = ({ text }: { text: string }) => {
  const { t } = useTranslation();
  const notice = useNotice();
  const textId = useId();
  const textArea = useRef<HTMLTextAreaElement>(null);

  const handleCopy = async () => {
    try {
      if (typeof navigator.clipboard?.writeText !== 'function') throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      notice.show(t('about.diagnostics.copied'));
    } catch {
      textArea.current?.focus();
      textArea.current?.select();
      notice.show(t('about.diagnostics.copyFallback'));
    }
  };

  return (
    <section aria-labelledby="about-diagnostics-heading">
      <h2 id="about-diagnostics-heading">{t('about.diagnostics.heading')}</h2>
      <p>{t('about.diagnostics.help')}</p>
      <div className="form__buttons">
        <button type="button" className="button button--primary" onClick={() => void handleCopy()}>
          {t('about.diagnostics.copy')}
        </button>
      </div>
      <label htmlFor={textId} className="about-diagnostics__label">
        {t('about.diagnostics.textLabel')}
      </label>
      <textarea
        id={textId}
        ref={textArea}
        className="about-diagnostics__text"
        readOnly
        rows={14}
        value={text}
        spellCheck={false}
      />
    </section>
  );
};
