import type { ReactNode } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';

type Props = {
  title: string;
  isOpen: boolean;
  onClose: () => void;
  children: ReactNode;
};

/**
 * A modal dialog with a focus trap, Escape to close and focus returned to what opened it
 * (React Aria). Closing by clicking outside is off: it would lose a half-filled form.
 */
export const ModalDialog = ({ title, isOpen, onClose, children }: Props) => (
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
);
