import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RoleAt } from '../roles.ts';
import {
  ACTOR_KINDS,
  type ActorKind,
  actorKindsFor,
  applySupportEvent,
  awaiting,
  mayComment,
  maySendRequest,
  mayViewRequest,
  memberInbox,
  nextStatus,
  SUPPORT_EVENT_LABELS,
  SUPPORT_EVENTS,
  SUPPORT_NOTICES,
  SUPPORT_STATUS_LABELS,
  SUPPORT_STATUSES,
  type SupportContext,
  type SupportEvent,
  type SupportStatus,
} from './support-request.ts';

/**
 * Every status × event × capacity, the answer written out here (not read from the table it checks): who may
 * do what from where, and the status it leads to.
 */
const MAY: Record<SupportEvent, { by: ActorKind[]; from: SupportStatus[]; to: SupportStatus }> = {
  answer: { by: ['member'], from: ['sent'], to: 'answered' },
  submit_plan: { by: ['member'], from: ['sent', 'answered', 'plan_returned'], to: 'plan_submitted' },
  approve_plan: { by: ['head'], from: ['plan_submitted'], to: 'plan_approved' },
  return_plan: { by: ['head'], from: ['plan_submitted'], to: 'plan_returned' },
  close: {
    by: ['commune', 'office'],
    from: ['sent', 'answered', 'plan_submitted', 'plan_approved', 'plan_returned'],
    to: 'closed',
  },
};

describe('nextStatus: the whole table', () => {
  for (const status of SUPPORT_STATUSES) {
    for (const event of SUPPORT_EVENTS) {
      for (const actor of ACTOR_KINDS) {
        const rule = MAY[event];
        const expected =
          status === 'closed'
            ? 'closed'
            : !rule.by.includes(actor)
              ? 'not_allowed'
              : !rule.from.includes(status)
                ? 'wrong_status'
                : rule.to;
        it(`${actor} ${event} from ${status} → ${expected}`, () => {
          const r = nextStatus(status, event, [actor], 'needs_support');
          expect(r.ok ? r.status : r.reason).toBe(expected);
          if (r.ok) expect(r.as).toBe(actor);
        });
      }
    }
  }
});

describe('nextStatus: the reasons people read', () => {
  const refusal = (...args: Parameters<typeof nextStatus>) => {
    const r = nextStatus(...args);
    return r.ok ? r.status : r.message;
  };

  it('a closed request changes no more, whoever asks', () => {
    expect(refusal('closed', 'answer', ['member'])).toBe('Đề nghị đã đóng nên không thay đổi được nữa.');
    expect(refusal('closed', 'close', ['office'])).toBe('Đề nghị đã đóng nên không thay đổi được nữa.');
  });

  it('says who may, to someone who may not', () => {
    expect(refusal('sent', 'answer', ['office', 'head'])).toBe(
      'Chỉ thành viên BCĐ được phân công phụ trách tiêu chí này mới trả lời được đề nghị.',
    );
    expect(refusal('sent', 'submit_plan', ['commune'])).toBe(
      'Chỉ thành viên BCĐ được phân công phụ trách tiêu chí này mới trình được phương án hỗ trợ.',
    );
    expect(refusal('plan_submitted', 'approve_plan', ['member', 'office'])).toBe(
      'Chỉ Trưởng BCĐ mới duyệt được phương án hỗ trợ.',
    );
    expect(refusal('plan_submitted', 'return_plan', ['member'])).toBe(
      'Chỉ Trưởng BCĐ mới trả lại được phương án hỗ trợ.',
    );
    expect(refusal('answered', 'close', ['member', 'head'])).toBe(
      'Chỉ xã gửi đề nghị hoặc cơ quan thường trực mới đóng được đề nghị.',
    );
    expect(refusal('sent', 'answer', [])).toBe(
      'Chỉ thành viên BCĐ được phân công phụ trách tiêu chí này mới trả lời được đề nghị.',
    );
  });

  it('says why not now, to someone who may in another status', () => {
    expect(refusal('answered', 'answer', ['member'])).toBe(
      'Đề nghị đã được trả lời; trao đổi thêm bằng ý kiến trong đề nghị.',
    );
    expect(refusal('plan_approved', 'submit_plan', ['member'], 'needs_support')).toBe(
      'Phương án hỗ trợ đã được trình hoặc đã được duyệt.',
    );
    expect(refusal('answered', 'approve_plan', ['head'])).toBe(
      'Không có phương án hỗ trợ nào đang chờ duyệt.',
    );
    expect(refusal('plan_returned', 'return_plan', ['head'])).toBe(
      'Không có phương án hỗ trợ nào đang chờ duyệt.',
    );
  });

  it('takes a plan only for a criterion the commune says it needs support for', () => {
    const msg =
      'Xã đánh giá tiêu chí này tự hoàn thành được: phương án hỗ trợ chỉ lập cho tiêu chí xã cần hỗ trợ.';
    expect(nextStatus('answered', 'submit_plan', ['member'], 'independent')).toEqual({
      ok: false,
      reason: 'not_needs_support',
      message: msg,
    });
    expect(refusal('answered', 'submit_plan', ['member'], null)).toBe(msg);
    expect(refusal('answered', 'submit_plan', ['member'])).toBe(msg);
    // The other events do not look at it.
    expect(refusal('sent', 'answer', ['member'], 'independent')).toBe('answered');
  });

  it('names the capacity used by someone holding two', () => {
    expect(nextStatus('sent', 'close', ['office', 'commune'])).toEqual({
      ok: true,
      status: 'closed',
      as: 'commune',
    });
    expect(nextStatus('sent', 'answer', ['head', 'member'])).toEqual({
      ok: true,
      status: 'answered',
      as: 'member',
    });
  });

  it('never leaves the status set, whatever is asked', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SUPPORT_STATUSES),
        fc.constantFrom(...SUPPORT_EVENTS),
        fc.subarray([...ACTOR_KINDS]),
        fc.constantFrom('independent' as const, 'needs_support' as const, null),
        (status, event, actors, capability) => {
          const r = nextStatus(status, event, actors, capability);
          if (r.ok) expect(SUPPORT_STATUSES).toContain(r.status);
          else expect(r.message.length).toBeGreaterThan(0);
        },
      ),
    );
  });

  it('reaches closed from any status by a path of allowed events, and nothing leaves closed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...SUPPORT_EVENTS), fc.constantFrom(...ACTOR_KINDS))),
        (steps) => {
          let status: SupportStatus = 'sent';
          for (const [event, actor] of steps) {
            const r = nextStatus(status, event, [actor], 'needs_support');
            if (status === 'closed') expect(r.ok).toBe(false);
            if (r.ok) status = r.status;
          }
          expect(nextStatus(status, 'close', ['commune']).ok).toBe(status !== 'closed');
        },
      ),
    );
  });
});

describe('applySupportEvent: the status and its history line', () => {
  it('records who did what, in which capacity, when, from which status', () => {
    expect(
      applySupportEvent(
        'plan_submitted',
        'return_plan',
        { id: 'chutich', kinds: ['head'] },
        null,
        '2024-03-01T08:00:00Z',
      ),
    ).toEqual({
      ok: true,
      status: 'plan_returned',
      entry: {
        event: 'return_plan',
        from: 'plan_submitted',
        to: 'plan_returned',
        actorId: 'chutich',
        actorKind: 'head',
        at: '2024-03-01T08:00:00Z',
      },
    });
  });

  it('passes a refusal on unchanged', () => {
    expect(applySupportEvent('sent', 'approve_plan', { id: 'giap', kinds: ['member'] }, null, 't')).toEqual({
      ok: false,
      reason: 'not_allowed',
      message: 'Chỉ Trưởng BCĐ mới duyệt được phương án hỗ trợ.',
    });
  });
});

describe('maySendRequest', () => {
  const ok = {
    actors: ['commune'] as ActorKind[],
    criterionCode: '3.4',
    capability: 'needs_support' as const,
    responsibleMemberId: 'giap',
    hasOpenRequest: false,
    neededBy: '2024-03-15',
    today: '2024-02-10',
  };
  const why = (o: Partial<typeof ok> | Record<string, unknown>) => {
    const r = maySendRequest({ ...ok, ...o });
    return r.ok ? 'ok' : `${r.reason}: ${r.message}`;
  };

  it('lets the commune ask for a criterion it needs support for, with a member to ask', () => {
    expect(why({})).toBe('ok');
    expect(why({ actors: ['office', 'commune'] })).toBe('ok');
  });

  it('refuses anyone but the commune', () => {
    expect(why({ actors: ['office', 'member', 'head'] })).toBe(
      'not_allowed: Chỉ cán bộ, lãnh đạo UBND xã mới gửi được đề nghị hỗ trợ cho xã mình.',
    );
  });

  it('refuses a criterion the commune has not classified as needing support', () => {
    const msg =
      'not_needs_support: Xã chưa đánh giá tiêu chí 3.4 là cần hỗ trợ. Hãy chọn “Cần hỗ trợ” cho tiêu chí này trong bản tự rà soát rồi gửi đề nghị.';
    expect(why({ capability: 'independent' })).toBe(msg);
    expect(why({ capability: null })).toBe(msg);
  });

  it('refuses a criterion nobody is responsible for (3.11 in seed 002)', () => {
    expect(why({ criterionCode: '3.11', responsibleMemberId: null })).toBe(
      'no_member: Tiêu chí 3.11 chưa có thành viên BCĐ phụ trách. Vui lòng liên hệ cơ quan thường trực để được phân công.',
    );
  });

  it('refuses a second open request for the same criterion', () => {
    expect(why({ hasOpenRequest: true })).toBe(
      'already_open: Xã đã có đề nghị hỗ trợ tiêu chí 3.4 đang được xử lý; hãy trao đổi thêm trong đề nghị đó.',
    );
  });
});

describe('mayComment', () => {
  it('lets any party comment until the request is closed', () => {
    for (const kind of ACTOR_KINDS) expect(mayComment('plan_submitted', [kind])).toEqual({ ok: true });
    expect(mayComment('closed', ['commune'])).toEqual({
      ok: false,
      reason: 'closed',
      message: 'Đề nghị đã đóng nên không thêm ý kiến được.',
    });
  });

  it('refuses someone with no part in it, even on a closed request', () => {
    const notParty = {
      ok: false,
      reason: 'not_allowed',
      message:
        'Chỉ xã gửi đề nghị, thành viên BCĐ phụ trách, Trưởng BCĐ và cơ quan thường trực trao đổi được.',
    };
    expect(mayComment('sent', [])).toEqual(notParty);
    expect(mayComment('closed', [])).toEqual(notParty);
  });
});

describe('actorKindsFor / mayViewRequest: who takes part in a request', () => {
  const ctx: SupportContext = {
    communeUnitPath: '/th/tx/batmot/',
    areaUnitPath: '/th/tx/',
    responsibleMemberId: 'giap',
  };
  const roles = (...held: [RoleAt['role'], string][]) =>
    held.map(([role, orgUnitPath]) => ({ role, orgUnitPath }));

  // The viewers are built here, the function under test runs in the test.
  it.each([
    ['the commune’s officer', 'canbo', roles(['commune_officer', '/th/tx/batmot/']), ['commune']],
    ['the commune’s head', 'chutichxa', roles(['commune_head', '/th/tx/batmot/']), ['commune']],
    ['another commune’s officer', 'canbo2', roles(['commune_officer', '/th/tx/yennhan/']), []],
    [
      'the responsible member (in a department)',
      'giap',
      roles(['steering_member', '/th/tx/vhtt/']),
      ['member'],
    ],
    ['another member of the area', 'hoa', roles(['steering_member', '/th/tx/vp/']), []],
    [
      'the responsible member whose steering role was revoked',
      'giap',
      roles(['commune_officer', '/th/tx/x/']),
      [],
    ],
    ['the area’s committee head', 'chutich', roles(['steering_head', '/th/tx/']), ['head']],
    ['the province’s committee head', 'truongbantinh', roles(['steering_head', '/th/']), []],
    ['another district’s head', 'chutich2', roles(['steering_head', '/th/hh/']), []],
    ['the area’s standing office', 'vhtt', roles(['standing_office', '/th/tx/']), ['office']],
    ['the province office above it', 'so', roles(['province_office', '/th/']), ['office']],
    ['another district’s office', 'vhtt2', roles(['standing_office', '/th/hh/']), []],
    ['an office in a department below the area', 'dept', roles(['standing_office', '/th/tx/vhtt/']), []],
    ['an administrator', 'admin', roles(['admin', '/th/']), []],
    [
      'a head who is also the responsible member',
      'giap',
      roles(['steering_head', '/th/tx/']),
      ['member', 'head'],
    ],
    [
      'someone in all four capacities',
      'giap',
      roles(['commune_head', '/th/tx/batmot/'], ['steering_head', '/th/tx/'], ['standing_office', '/th/tx/']),
      ['commune', 'member', 'head', 'office'],
    ],
  ] as const)('%s', (_who, userId, held, expected) => {
    expect(actorKindsFor(ctx, { userId, roles: held })).toEqual(expected);
  });

  it('sees the request exactly when taking part in it', () => {
    const view = (userId: string, role: RoleAt['role'], orgUnitPath: string) =>
      mayViewRequest(ctx, { userId, roles: [{ role, orgUnitPath }] });
    expect(view('canbo', 'commune_officer', '/th/tx/batmot/')).toBe(true);
    expect(view('hoa', 'steering_member', '/th/tx/')).toBe(false);
    expect(view('giap', 'steering_member', '/th/tx/')).toBe(true);
    expect(mayViewRequest({ ...ctx, responsibleMemberId: null }, { userId: 'giap', roles: [] })).toBe(false);
  });

  it('gives nobody the member’s part while the criterion has no member', () => {
    expect(actorKindsFor({ ...ctx, responsibleMemberId: null }, { userId: '', roles: [] })).toEqual([]);
  });
});

describe('awaiting: whose move it is', () => {
  it.each([
    ['sent', 'member'],
    ['answered', 'commune'],
    ['plan_submitted', 'head'],
    ['plan_approved', 'commune'],
    ['plan_returned', 'member'],
    ['closed', null],
  ] as const)('%s → %s', (status, who) => {
    expect(awaiting(status)).toBe(who);
  });
});

describe('memberInbox', () => {
  const req = (
    id: string,
    sentAt: string,
    r: Partial<{ status: SupportStatus; responsibleMemberId: string | null }> = {},
  ) => ({
    id,
    status: 'sent' as SupportStatus,
    neededBy: '2024-03-01',
    sentAt,
    responsibleMemberId: 'giap',
    ...r,
  });
  const requests = [
    req('b', '2024-02-12T09:00:00Z'),
    req('c', '2024-02-10T09:00:00Z', { status: 'closed' }),
    req('a', '2024-02-12T09:00:00Z', { status: 'plan_returned' }),
    req('d', '2024-02-11T09:00:00Z', { responsibleMemberId: 'hoa' }),
    req('e', '2024-02-01T09:00:00Z', { responsibleMemberId: null }),
    req('f', '2024-02-09T09:00:00Z'),
  ];

  it('lists the member’s open requests oldest first (ties by id), with overdue marked', () => {
    expect(memberInbox(requests, 'giap', '2024-03-02').map((r) => [r.id, r.overdue])).toEqual([
      ['f', true],
      ['a', true],
      ['b', true],
    ]);
    expect(memberInbox(requests, 'giap', '2024-03-01').every((r) => !r.overdue)).toBe(true);
  });

  it('includes closed ones when asked, never overdue', () => {
    expect(
      memberInbox(requests, 'giap', '2024-04-01', { includeClosed: true }).map((r) => [r.id, r.overdue]),
    ).toEqual([
      ['f', true],
      ['c', false],
      ['a', true],
      ['b', true],
    ]);
  });

  it('breaks ties by id whatever order the requests come in', () => {
    const same = '2024-02-12T09:00:00Z';
    const ids = (list: ReturnType<typeof req>[]) => memberInbox(list, 'giap', '2024-01-01').map((r) => r.id);
    expect(ids([req('a', same), req('b', same)])).toEqual(['a', 'b']);
    expect(ids([req('b', same), req('a', same)])).toEqual(['a', 'b']);
    expect(ids([req('b', same), req('a', '2024-02-12T09:00:01Z'), req('c', same)])).toEqual(['b', 'c', 'a']);
  });

  it('shows another member only their own', () => {
    expect(memberInbox(requests, 'hoa', '2024-02-20').map((r) => r.id)).toEqual(['d']);
  });

  it('keeps the caller’s fields', () => {
    const [first] = memberInbox([{ ...req('x', 't'), communeName: 'Xã Bát Mọt' }], 'giap', '2024-01-01');
    expect(first).toMatchObject({ communeName: 'Xã Bát Mọt', overdue: false });
  });
});

describe('labels and notices', () => {
  it('labels every status and event in Vietnamese', () => {
    expect(SUPPORT_STATUS_LABELS).toEqual({
      sent: 'Đã gửi',
      answered: 'Đã trả lời',
      plan_submitted: 'Đã trình phương án',
      plan_approved: 'Phương án được duyệt',
      plan_returned: 'Phương án bị trả lại',
      closed: 'Đã đóng',
    });
    expect(Object.keys(SUPPORT_EVENT_LABELS)).toEqual(['send', ...SUPPORT_EVENTS]);
  });

  it('tells the member and the office of a new request, the head of a plan, the member of the head’s decision', () => {
    expect(SUPPORT_NOTICES.send).toEqual({ kind: 'request_received', to: ['member', 'office'] });
    expect(SUPPORT_NOTICES.submit_plan).toEqual({ kind: 'plan_submitted', to: ['head'] });
    expect(SUPPORT_NOTICES.return_plan).toEqual({ kind: 'plan_returned', to: ['member'] });
    expect(SUPPORT_NOTICES.approve_plan.to).toContain('commune');
  });
});
