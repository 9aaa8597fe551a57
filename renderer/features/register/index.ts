/** What the register feature offers the rest of the app; other features import it only from here. */
export { ActionRegisterScreen } from './ActionRegisterScreen';
export { RiskRegisterScreen } from './RiskRegisterScreen';
