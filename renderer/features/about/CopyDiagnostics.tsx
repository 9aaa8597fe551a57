import { useId, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogButtons } from '../../components/DialogButtons';
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

  // The text follows live data: the counts and the chain check arrive after the screen opens,
  // and the counts follow every write. Setting a textarea's value collapses its selection (in
  // Chromium too), so a user told "the text is selected: copy it with Ctrl+C" would copy
  // nothing once it changed. The value is set here instead of by React, and a focused text that
  // was wholly selected is selected again, now the latest.
  useLayoutEffect(() => {
    const element = textArea.current;
    if (!element || element.value === text) return;
    const wasAllSelected =
      element.ownerDocument.activeElement === element &&
      element.value !== '' &&
      element.selectionStart === 0 &&
      element.selectionEnd === element.value.length;
    element.value = text;
    if (wasAllSelected) element.select();
  }, [text]);

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
      <DialogButtons
        primary={{ label: t('about.diagnostics.copy'), onPress: () => void handleCopy() }}
      />
      <label htmlFor={textId} className="about-diagnostics__label">
        {t('about.diagnostics.textLabel')}
      </label>
      <textarea
        id={textId}
        ref={textArea}
        className="about-diagnostics__text"
        readOnly
        rows={14}
        spellCheck={false}
      />
    </section>
  );
};
