import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../hooks/usePageTitle';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useChainCheck } from '../../data/audit/useAuditData';
import { ChainStatus } from './ChainStatus';
import { CopyDiagnostics } from './CopyDiagnostics';
import { diagnosticsText } from './diagnosticsText';
import { FactList } from './FactList';
import { FoldersSection } from './FoldersSection';
import { chainFact, folderFacts } from './textFacts';
import { useAboutFacts } from './useAboutFacts';
import './about.css';

/**
 * Tietoja: versions, organisation and record counts, where the data lives, the audit chain
 * (checked on opening, in chunks with progress) and a diagnostics text for IT support.
 */
export const AboutScreen = () => {
  const { t, i18n } = useTranslation();
  usePageTitle(t('about.heading'));
  const { info, infoError, versions, data, counts } = useAboutFacts();
  const chain = useChainCheck();
  const { run } = chain;
  const hasStarted = useRef(false);
  // Stamped once: the text says when it was compiled, not when it was last re-rendered.
  const [openedAt] = useState(() => new Date().toISOString());

  useEffect(() => {
    if (hasStarted.current) return;
    hasStarted.current = true;
    void run();
  }, [run]);

  const text = diagnosticsText({
    title: t('about.diagnostics.title'),
    createdAt: { label: t('about.diagnostics.createdAt'), value: openedAt },
    pending: t('app.loading'),
    groups: [
      {
        heading: t('about.versions.heading'),
        facts: [...versions, { label: t('about.diagnostics.uiLanguage'), value: i18n.language }],
      },
      { heading: t('about.data.heading'), facts: data },
      { heading: t('about.data.countsHeading'), facts: counts },
      {
        heading: t('about.folders.heading'),
        facts: folderFacts(t, info, window.location.origin),
      },
      { heading: t('about.chain.heading'), facts: [chainFact(t, chain.state)] },
    ],
  });

  return (
    <>
      <h1>{t('about.heading')}</h1>
      <p>{t('about.intro')}</p>
      <section aria-labelledby="about-versions-heading">
        <h2 id="about-versions-heading">{t('about.versions.heading')}</h2>
        <ErrorAlert message={infoError && t('about.versions.infoFailed', { message: infoError })} />
        <FactList facts={versions} />
      </section>
      <section aria-labelledby="about-data-heading">
        <h2 id="about-data-heading">{t('about.data.heading')}</h2>
        <FactList facts={data} />
        <h3>{t('about.data.countsHeading')}</h3>
        <p>{t('about.data.countsHelp')}</p>
        <FactList facts={counts} />
      </section>
      <FoldersSection info={info} />
      <ChainStatus state={chain.state} onRecheck={() => void run()} />
      <CopyDiagnostics text={text} />
    </>
  );
};
