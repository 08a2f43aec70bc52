import {
  type ActorKind,
  SUPPORT_NOTICES,
  type SupportHistoryEvent,
} from '@xaso/domain/steering/support-request';
import type { Db } from '../../db/client.ts';
import { notify } from '../notifications/notify.ts';
import { usersWithRoleOn } from '../notifications/people.ts';
import type { LoadedRequest } from './load-requests.ts';

/** The people in a capacity on this request now (the matrix's member, the commune's staff, the area's …). */
async function peopleAs(db: Db, loaded: LoadedRequest, kind: ActorKind): Promise<string[]> {
  const { commune, cycle } = loaded;
  switch (kind) {
    case 'commune':
      return usersWithRoleOn(db, { action: 'support:request', unitPath: commune.path, reach: 'exact' });
    case 'member':
      return loaded.memberId ? [loaded.memberId] : [];
    case 'head':
      return usersWithRoleOn(db, {
        action: 'supportPlan:approve',
        unitPath: cycle.area.path,
        reach: 'exact',
      });
    case 'office':
      // The area's own office (on the area or one of its departments), not every province office above.
      return usersWithRoleOn(db, {
        action: 'responsibility:manage',
        unitPath: cycle.area.path,
        reach: 'subtree',
      });
  }
}

export function requestLink(id: string): string {
  return `/support-requests/${id}`;
}

/**
 * Tells whoever `SUPPORT_NOTICES` names of an event, in the event's transaction; never the person who did it.
 * `criterionCode` and the commune's name make the title ("Xã Bát Mọt đề nghị hỗ trợ tiêu chí 2.4").
 */
export async function noticeOf(
  tx: Db,
  loaded: LoadedRequest,
  event: SupportHistoryEvent,
  actorId: string,
  now: Date,
): Promise<void> {
  const notice = SUPPORT_NOTICES[event];
  const people = (await Promise.all(notice.to.map((kind) => peopleAs(tx, loaded, kind)))).flat();
  await notify(
    tx,
    {
      userIds: people.filter((id) => id !== actorId),
      kind: notice.kind,
      params: { communeName: loaded.commune.name, criterionCode: loaded.row.criterionCode },
      link: requestLink(loaded.row.id),
    },
    now,
  );
}

/** Who hears of a comment: the parties who follow the request day to day (the head only acts on plans). */
const COMMENT_NOTICE_TO: readonly ActorKind[] = ['commune', 'member', 'office'];

/**
 * Tells the request's other parties that `author` wrote on its thread, in the comment's transaction; never
 * the author, whichever capacity they also hold.
 */
export async function commentNoticeOf(
  tx: Db,
  loaded: LoadedRequest,
  author: { id: string; displayName: string },
  now: Date,
): Promise<void> {
  const people = (await Promise.all(COMMENT_NOTICE_TO.map((kind) => peopleAs(tx, loaded, kind)))).flat();
  await notify(
    tx,
    {
      userIds: people.filter((id) => id !== author.id),
      kind: 'comment_added',
      params: {
        communeName: loaded.commune.name,
        criterionCode: loaded.row.criterionCode,
        authorName: author.displayName,
      },
      link: requestLink(loaded.row.id),
    },
    now,
  );
}
