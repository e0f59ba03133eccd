/**
 * The desk: one shared PC, one signed-in user at a time (SPEC §1). Lives in the main process
 * (or the web host); the renderer only mirrors it. Not persisted: after a restart nobody holds
 * the desk.
 */
export class DeskSession {
  userId: number | null = null;
  locked = false;
  private lastActivityMs = 0;

  signIn(userId: number, nowMs: number): void {
    this.userId = userId;
    this.locked = false;
    this.lastActivityMs = nowMs;
  }

  signOut(): void {
    this.userId = null;
    this.locked = false;
  }

  lock(): void {
    if (this.userId !== null) this.locked = true;
  }

  touch(nowMs: number): void {
    this.lastActivityMs = nowMs;
  }

  /** When a person last did something at the desk (a sign-in or a call of theirs; 0: never). */
  get lastActivityAt(): number {
    return this.lastActivityMs;
  }

  /** Locks the screen when nothing has happened at the desk for the idle time. */
  lockIfIdle(nowMs: number, idleMs: number): void {
    if (this.userId !== null && !this.locked && nowMs - this.lastActivityMs >= idleMs) {
      this.locked = true;
    }
  }
}
