/** What the risks feature offers the rest of the app; other features import it only from here. */
export { CategoriesEditor } from './CategoriesEditor';
export { LevelBadge } from './LevelBadge';
export { RiskMapScreen } from './RiskMapScreen';
export { RiskMapTable } from './RiskMapTable';
export { RiskMatrixForm } from './RiskMatrixForm';
export { RiskScreen } from './RiskScreen';
export { RisksSection } from './RisksSection';
