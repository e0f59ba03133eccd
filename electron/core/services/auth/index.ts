import type { SessionView } from '../../../../shared/contract/auth';
import { AppError } from '../../../../shared/domain/errors';
import { checkSecret, lockState } from '../../auth/secretChecks';
import { findUser, rolesOf } from '../../auth/users';
import type { ReadCallContext } from '../../context';
import type { HandlersOf, ServiceModule } from '../../handler';
import { writeSettings } from '../settings';
import { settleOfficeId } from '../sync';
import { countUsers, createUser, listUsers, loadActor, setUserSecret } from '../users';

export async function sessionView(ctx: ReadCallContext): Promise<SessionView> {
  const actor = ctx.desk.userId === null ? null : await loadActor(ctx.db, ctx.desk.userId);
  return {
    setupRequired: (await countUsers(ctx.db)) === 0,
    user: actor,
    locked: actor !== null && ctx.desk.locked,
    idleLockSeconds: ctx.settings.idleLockMinutes * 60,
    projectName: ctx.settings.projectName,
  };
}

export const authHandlers: HandlersOf<'auth'> = {
  'auth.session': (_input, ctx) => sessionView(ctx),

  'auth.roster': async (_input, ctx) => {
    const users = await listUsers(ctx.db, false);
    return Promise.all(
      users.map(async (u) => ({
        id: u.id,
        name: u.name,
        roles: rolesOf(u),
        secretKind: u.secret_kind,
        lockedUntil: (await lockState(ctx.db, u, ctx.now)).lockedUntil,
      })),
    );
  },

  'auth.setup': async (input, ctx) => {
    if ((await countUsers(ctx.db)) > 0) throw new AppError('SETUP_DONE');
    const admin = await createUser(ctx, {
      name: input.adminName,
      roles: ['admin'],
      secret: input.adminSecret,
    });
    ctx.settings = await writeSettings(ctx, { projectName: input.projectName });
    await settleOfficeId(ctx, input.officeId);
    ctx.desk.signIn(admin.id, ctx.now.getTime());
    return sessionView(ctx);
  },

  'auth.signIn': async (input, ctx) => {
    const user = await findUser(ctx.db, input.userId);
    if (!user) throw new AppError('USER_NOT_FOUND', { id: input.userId });
    // The audit row of a sign-in, accepted or refused, names the person who tried, not whoever
    // held the desk before.
    ctx.actor = { id: user.id, name: user.name, roles: rolesOf(user) };
    await checkSecret(ctx, user, input.secret, 'sign_in');
    ctx.desk.signIn(user.id, ctx.now.getTime());
    return sessionView(ctx);
  },

  'auth.signOut': (_input, ctx) => {
    ctx.desk.signOut();
    return sessionView(ctx);
  },

  'auth.lock': (_input, ctx) => {
    ctx.desk.lock();
    return sessionView(ctx);
  },

  'auth.touch': () => ({ done: true as const }),

  'auth.changeOwnSecret': async (input, ctx) => {
    const user = await findUser(ctx.db, ctx.actor!.id);
    if (!user) throw new AppError('USER_NOT_FOUND', { id: ctx.actor!.id });
    await checkSecret(ctx, user, input.currentSecret, 'change_secret');
    await setUserSecret(ctx, user, input.newSecret);
    return { done: true as const };
  },
};

export const authService: ServiceModule<'auth'> = {
  handlers: authHandlers,
};
