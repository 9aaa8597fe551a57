import type { ReactNode } from 'react';
import { useEffect } from 'react';
import type { ControlAction } from '../../../shared/domain/control-action';
import { useActionAsOpened } from '../../data/actions/useActionAsOpened';

type Props = {
  id: string;
  onGone: () => void;
  children: (action: ControlAction) => ReactNode;
};

/**
 * Renders a dialog on an action as it is stored now (see useActionAsOpened); nothing until it is
 * read, and closes when the action is gone.
 */
export const AsOpened = ({ id, onGone, children }: Props) => {
  const action = useActionAsOpened(id);
  useEffect(() => {
    if (action === null) onGone();
  }, [action, onGone]);
  return action ? <>{children(action)}</> : null;
};
