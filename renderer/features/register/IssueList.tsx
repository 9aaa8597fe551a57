import { useTranslation } from 'react-i18next';
import type { ViewIssue } from '../../../shared/worklists/register-view';
import { WarningSign } from '../../components/Alert';
import { issueText } from './registerText';

/** Says which parts of the address (a bookmark, a pasted link) were left out, and why. */
export const IssueList = ({ issues }: { issues: readonly ViewIssue[] }) => {
  const { t } = useTranslation();
  if (issues.length === 0) return null;
  return (
    <div className="notice-box" role="status">
      <p className="notice-box__heading">
        <WarningSign />
        {t('register.issues.heading')}
      </p>
      <ul>
        {issues.map((issue, index) => (
          <li key={`${issue.param}-${index}`}>{issueText(t, issue)}</li>
        ))}
      </ul>
    </div>
  );
};
