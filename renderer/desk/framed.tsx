// AntdFrame first: its stylesheets (antd's, then the desk's rules over antd's) come before the
// shell's and the pages' own, which refine them.
import { AntdFrame } from './AntdFrame';
import { Shell } from '../shell/Shell';

/** The signed-in shell in antd's frame: the code the desk loads once the sign-in screen is up. */
export function FramedShell({ covered }: { covered: boolean }) {
  return (
    <AntdFrame>
      <Shell covered={covered} />
    </AntdFrame>
  );
}
