import type { ReactNode } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type { PickFocus } from './focusKeeper';
import { useReturnFocus } from './useReturnFocus';

type Props = {
  title: string;
  isOpen: boolean;
  onClose: () => void;
  children: ReactNode;
  /** Where focus goes on closing if the control that opened the dialog is gone. */
  returnFocus?: PickFocus;
};

/** Lives exactly as long as the dialog is open. */
const FocusReturn = ({ returnFocus }: { returnFocus: PickFocus | undefined }) => {
  useReturnFocus(returnFocus);
  return null;
};

/**
 * A modal dialog with a focus trap and Escape to close (React Aria). Closing by clicking
 * outside is off: it would lose a half-filled form. On closing, by save, cancel or Escape,
 * focus goes straight back to what opened it (the focus keeper), not by way of the page body.
 */
export const ModalDialog = ({ title, isOpen, onClose, children, returnFocus }: Props) => (
  <>
    {isOpen && <FocusReturn returnFocus={returnFocus} />}
    <ModalOverlay
      className="modal-overlay"
      isOpen={isOpen}
      onOpenChange={(open) => !open && onClose()}
      isDismissable={false}
    >
      <Modal className="modal">
        <Dialog className="dialog">
          <Heading slot="title" className="dialog__title">
            {title}
          </Heading>
          {children}
        </Dialog>
      </Modal>
    </ModalOverlay>
  </>
);
