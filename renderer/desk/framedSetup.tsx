import { AntdFrame } from './AntdFrame';
import { SetupPage } from '../pages/setup/SetupPage';

/** The first-run setup in antd's frame (loaded only on a desk that has no ledger yet). */
export function FramedSetup() {
  return (
    <AntdFrame>
      <SetupPage />
    </AntdFrame>
  );
}
