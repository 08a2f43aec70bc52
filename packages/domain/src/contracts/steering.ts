import { z } from 'zod';
import { ITEM_CODE_PATTERN } from '../framework/schema.ts';
import { NOTIFICATION_KINDS } from '../notifications/kinds.ts';
import { CLASSIFICATION_VALUES } from '../steering/classification.ts';
import { ROADMAP_YEARS } from '../steering/roadmap.ts';
import { ACTOR_KINDS, SUPPORT_EVENTS, SUPPORT_STATUSES } from '../steering/support-request.ts';
import { CAPABILITIES, evidenceRefSchema } from './assessments.ts';
import { isoDate, text, textLine } from './common.ts';

/*
 * Request and response bodies of the steering committee's year (issue 12): roadmap, responsibility matrix,
 * classification, support requests with their plans and comments, notifications. The rules behind them live in
 * `steering/*` and `notifications/kinds.ts`; these schemas check shape and lengths only, so a rule is written
 * once. Field errors the rules answer (`validateRoadmap`, `validateMatrix`, `checkPlan`) use the same paths as
 * these bodies (`entries.3.year`, `rows.2.partnerIds.0`, `plan.actions.1.dueDate` — the server prefixes `plan.`).
 */

const id = (message = 'Mã không hợp lệ.') => z.uuid({ message });
const ref = z.object({ id: z.string(), name: z.string() });
const person = z.object({ id: z.string(), displayName: z.string() });
const version = z.number().int().min(0).max(1_000_000);
const criterionCode = textLine().regex(ITEM_CODE_PATTERN, { message: 'Mã tiêu chí không hợp lệ.' });
const year = z
  .number({ message: 'Năm phải là số.' })
  .int({ message: 'Năm phải là số nguyên, ví dụ 2024.' })
  .min(ROADMAP_YEARS.from, { message: `Năm phải từ ${ROADMAP_YEARS.from} đến ${ROADMAP_YEARS.to}.` })
  .max(ROADMAP_YEARS.to, { message: `Năm phải từ ${ROADMAP_YEARS.from} đến ${ROADMAP_YEARS.to}.` });
const uniqueIds = (max: number) =>
  z
    .array(id())
    .max(max)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'Có mục được chọn hai lần.' });

/** A query parameter given once (`?status=sent`) or repeated (`?status=sent&status=answered`): always a list. */
function listParam<T extends z.ZodType>(item: T) {
  return z
    .union([item, z.array(item).max(500)])
    .transform((v) => (Array.isArray(v) ? v : [v]) as z.output<T>[])
    .optional();
}

// ---- Roadmap (lộ trình) --------------------------------------------------------------------------------------

/** PUT /areas/:id/roadmap — the area's whole roadmap, as the screen holds it. */
export const putRoadmapRequestSchema = z.object({
  entries: z.array(z.object({ communeUnitId: id('Chưa chọn xã.'), year })).max(2000),
  /** The version the screen was loaded at: a stale one is a conflict. */
  expectedVersion: version,
});
export type PutRoadmapRequest = z.infer<typeof putRoadmapRequestSchema>;

/** PUT /areas/:id/roadmap/communes/:communeId — one commune's year (`null` takes it off the roadmap). */
export const setCommuneYearRequestSchema = z.object({ year: year.nullable(), expectedVersion: version });

/** The year-by-commune table (`roadmapTable`). */
export const roadmapResponseSchema = z.object({
  area: ref,
  version: z.number().int(),
  years: z.array(z.number().int()),
  rows: z.array(
    z.object({
      communeUnitId: z.string(),
      name: z.string(),
      gsoCode: z.string().nullable(),
      year: z.number().int().nullable(),
      /** The year the commune was recognised for, if it was: shown beside the plan. */
      recognisedYear: z.number().int().nullable(),
    }),
  ),
  countsByYear: z.array(z.number().int()),
  unscheduled: z.number().int(),
});
export type RoadmapResponse = z.infer<typeof roadmapResponseSchema>;

/** One bad cell of an imported template (`CellError`). */
export const cellErrorSchema = z.object({
  row: z.number().int(),
  column: z.number().int(),
  cell: z.string(),
  message: z.string(),
});

/** 422 of a refused import: nothing was changed, every bad cell is listed. */
export const roadmapImportFailedSchema = z.object({
  code: z.literal('IMPORT_FAILED'),
  message: z.string(),
  cells: z.array(cellErrorSchema),
});

/** A successful import: the new table, and the area's communes left without a year, to confirm. */
export const roadmapImportResponseSchema = z.object({
  roadmap: roadmapResponseSchema,
  unscheduled: z.array(ref),
});

/** GET /areas/:id/roadmap/proposal?year= — what opening a cycle of that year proposes (`communesForYear`). */
export const cycleProposalQuerySchema = z.object({ year: z.coerce.number().pipe(year) });
export const cycleProposalResponseSchema = z.object({
  year: z.number().int(),
  proposed: z.array(ref),
  carriedOver: z.array(ref.extend({ scheduledYear: z.number().int() })),
  alreadyRecognised: z.array(ref.extend({ recognisedYear: z.number().int() })),
});

// ---- Responsibility matrix (phân công) -----------------------------------------------------------------------

export const responsibilityRowSchema = z.object({
  criterionCode,
  leadUnitId: id('Chưa chọn đơn vị chủ trì.').nullable(),
  coordinatingUnitIds: uniqueIds(50),
  partnerIds: uniqueIds(50),
  responsibleMemberId: id('Chưa chọn người chịu trách nhiệm.').nullable(),
});

/** PUT /cycles/:id/responsibilities — the whole matrix. */
export const putMatrixRequestSchema = z.object({
  rows: z.array(responsibilityRowSchema).max(500),
  expectedVersion: version,
});
export type PutMatrixRequest = z.infer<typeof putMatrixRequestSchema>;

/** POST /cycles/:id/responsibilities/bulk — one patch on the selected criteria (`bulkAssign`). */
export const bulkAssignRequestSchema = z.object({
  criterionCodes: z.array(criterionCode).min(1, { message: 'Chọn ít nhất một tiêu chí.' }).max(500),
  patch: responsibilityRowSchema
    .omit({ criterionCode: true })
    .partial()
    .strict()
    .refine((p) => Object.keys(p).length > 0, { message: 'Chọn ít nhất một nội dung để gán.' }),
  expectedVersion: version,
});
export type BulkAssignRequest = z.infer<typeof bulkAssignRequestSchema>;

export const matrixRowSchema = z.object({
  criterion: z.object({ code: z.string(), name: z.string(), groupName: z.string() }),
  leadUnit: ref.nullable(),
  coordinatingUnits: z.array(ref),
  partners: z.array(ref),
  responsibleMember: person.nullable(),
});

/** GET /cycles/:id/responsibilities — the matrix with names, the flags, and what the pickers offer. */
export const matrixResponseSchema = z.object({
  cycleId: z.string(),
  version: z.number().int(),
  rows: z.array(matrixRowSchema),
  /** Criteria with no responsible member (`unassignedCriteria`). */
  unassigned: z.array(z.string()),
  /** Set once any result of the cycle was appraised: a change then makes a new version, the old one kept. */
  appraisalStarted: z.boolean(),
  choices: z.object({ departments: z.array(ref), partners: z.array(ref), members: z.array(person) }),
});
export type MatrixResponse = z.infer<typeof matrixResponseSchema>;

/** What copying the previous cycle's matrix did (`copyFromPreviousCycle`), shown once after opening. */
export const matrixCopyReportSchema = z.object({
  fromCycleId: z.string().nullable(),
  added: z.array(z.string()),
  dropped: z.array(z.string()),
  renamed: z.array(z.object({ code: z.string(), before: z.string(), after: z.string() })),
});

/** POST /areas/:id/partners — an outside organisation (a telecom, a bank, the hospital): a name, no account. */
export const createPartnerRequestSchema = z.object({
  name: textLine()
    .trim()
    .min(2, { message: 'Vui lòng nhập tên tổ chức.' })
    .max(200, { message: 'Tên tổ chức tối đa 200 ký tự.' }),
});
export const partnerSchema = ref;

// ---- Classification (phân loại) ------------------------------------------------------------------------------

/** GET /cycles/:id/classification — filters, each given once or repeated. */
export const classificationQuerySchema = z.object({
  communeUnitId: listParam(id()),
  criterionCode: listParam(criterionCode),
  value: listParam(z.enum(CLASSIFICATION_VALUES)),
});

const countsSchema = z.object({
  independent: z.number().int(),
  needsSupport: z.number().int(),
  unset: z.number().int(),
  total: z.number().int(),
});

export const classificationResponseSchema = z.object({
  cycleId: z.string(),
  communes: z.array(ref.extend({ submitted: z.boolean() })),
  criteria: z.array(z.object({ code: z.string(), name: z.string() })),
  /** The rows the filters kept. */
  rows: z.array(
    z.object({
      communeUnitId: z.string(),
      criterionCode: z.string(),
      value: z.enum(CLASSIFICATION_VALUES),
      plannedCompletion: z.string().nullable(),
    }),
  ),
  /** Counts over the whole table, filters aside. */
  summary: z.object({
    byCommune: z.array(countsSchema.extend({ communeUnitId: z.string() })),
    byCriterion: z.array(countsSchema.extend({ criterionCode: z.string() })),
    totals: countsSchema,
  }),
});
export type ClassificationResponse = z.infer<typeof classificationResponseSchema>;

// ---- Support requests, plans, comments -----------------------------------------------------------------------

/** POST /support-requests — the commune's request for one criterion (`maySendRequest`). */
export const createSupportRequestSchema = z.object({
  cycleId: id(),
  communeUnitId: id('Chưa chọn xã.'),
  criterionCode,
  /** What the commune needs. */
  need: text()
    .trim()
    .min(10, { message: 'Vui lòng ghi rõ nội dung cần hỗ trợ (ít nhất 10 ký tự).' })
    .max(4000, { message: 'Nội dung tối đa 4.000 ký tự.' }),
  neededBy: isoDate('Ngày cần được hỗ trợ không hợp lệ.'),
  /** Attachments from the commune's evidence library. */
  evidenceIds: uniqueIds(20).default([]),
});
export type CreateSupportRequest = z.infer<typeof createSupportRequestSchema>;

const dueDate = isoDate('Thời hạn không hợp lệ.');

/** The support plan (`SupportPlan`; `checkPlan` for the rules across fields and the clock). */
export const supportPlanSchema = z.object({
  summary: text().trim().min(1, { message: 'Vui lòng tóm tắt phương án.' }).max(4000),
  actions: z
    .array(
      z.object({
        description: text().trim().min(1, { message: 'Vui lòng ghi nội dung hỗ trợ.' }).max(2000),
        unitIds: uniqueIds(20).default([]),
        partnerIds: uniqueIds(20).default([]),
        dueDate,
      }),
    )
    .min(1, { message: 'Phương án cần ít nhất một nội dung hỗ trợ.' })
    .max(50),
  budget: z
    .object({
      amountVnd: z
        .number({ message: 'Kinh phí phải là số.' })
        .int({ message: 'Kinh phí tính bằng đồng, không có phần lẻ.' })
        .min(0, { message: 'Kinh phí không được âm.' })
        .max(1e13, { message: 'Kinh phí quá lớn.' }),
      source: textLine().trim().min(1, { message: 'Vui lòng ghi nguồn kinh phí.' }).max(200),
    })
    .nullable()
    .default(null),
});
export type SupportPlanInput = z.infer<typeof supportPlanSchema>;

const optionalNote = text().trim().max(4000).nullable().default(null);

/**
 * POST /support-requests/:id/events — one step of the state machine (`nextStatus`), with what it carries:
 * the member's answer, the plan, the head's reason for returning it.
 */
export const supportEventRequestSchema = z.discriminatedUnion('event', [
  z.object({
    event: z.literal('answer'),
    answer: text().trim().min(1, { message: 'Vui lòng nhập nội dung trả lời.' }).max(4000),
    expectedVersion: version,
  }),
  z.object({ event: z.literal('submit_plan'), plan: supportPlanSchema, expectedVersion: version }),
  z.object({ event: z.literal('approve_plan'), note: optionalNote, expectedVersion: version }),
  z.object({
    event: z.literal('return_plan'),
    reason: text()
      .trim()
      .min(3, { message: 'Vui lòng ghi lý do trả lại để thành viên BCĐ sửa phương án.' })
      .max(4000),
    expectedVersion: version,
  }),
  z.object({ event: z.literal('close'), note: optionalNote, expectedVersion: version }),
]);
export type SupportEventRequest = z.infer<typeof supportEventRequestSchema>;

/** POST /support-requests/:id/comments (`mayComment`). */
export const createCommentRequestSchema = z.object({
  body: text()
    .trim()
    .min(1, { message: 'Vui lòng nhập ý kiến.' })
    .max(4000, { message: 'Ý kiến tối đa 4.000 ký tự.' }),
});

export const supportCommentSchema = z.object({
  id: z.string(),
  author: person,
  authorKind: z.enum(ACTOR_KINDS),
  body: z.string(),
  createdAt: z.string(),
});

export const supportHistoryEntrySchema = z.object({
  event: z.enum(['send', ...SUPPORT_EVENTS]),
  from: z.enum(SUPPORT_STATUSES).nullable(),
  to: z.enum(SUPPORT_STATUSES),
  actor: person,
  actorKind: z.enum(ACTOR_KINDS),
  /** The answer, the head's note or reason, the closing note, when the event carried one. */
  note: z.string().nullable(),
  at: z.string(),
});

const storedPlanSchema = z.object({
  summary: z.string(),
  actions: z.array(
    z.object({ description: z.string(), units: z.array(ref), partners: z.array(ref), dueDate: z.string() }),
  ),
  budget: z.object({ amountVnd: z.number(), source: z.string() }).nullable(),
  submittedBy: person,
  submittedAt: z.string(),
  /** Warnings of `checkPlan` at submission (an action due after the confirmation deadline). */
  warnings: z.array(z.string()),
});

/** One row of a list of requests (the member's page, the office's, the commune's). */
export const supportRequestSummarySchema = z.object({
  id: z.string(),
  cycleId: z.string(),
  year: z.number().int(),
  commune: ref,
  criterion: z.object({ code: z.string(), name: z.string() }),
  status: z.enum(SUPPORT_STATUSES),
  neededBy: z.string(),
  sentAt: z.string(),
  responsibleMember: person.nullable(),
  /** Whose move it is (`awaiting`). */
  awaiting: z.enum(ACTOR_KINDS).nullable(),
  overdue: z.boolean(),
});

/** GET /support-requests/:id — the request as its viewer may act on it. */
export const supportRequestSchema = supportRequestSummarySchema.extend({
  need: z.string(),
  sentBy: person,
  capability: z.enum(CAPABILITIES).nullable(),
  evidence: z.array(evidenceRefSchema),
  answer: z.string().nullable(),
  plan: storedPlanSchema.nullable(),
  history: z.array(supportHistoryEntrySchema),
  comments: z.array(supportCommentSchema),
  version: z.number().int(),
  /** The viewer's capacities here and what they may do now, so the page does not work the rules out again. */
  you: z.object({
    as: z.array(z.enum(ACTOR_KINDS)),
    events: z.array(z.enum(SUPPORT_EVENTS)),
    mayComment: z.boolean(),
  }),
});
export type SupportRequestView = z.infer<typeof supportRequestSchema>;

/** GET /support-requests — filters; without `cycleId` every cycle the viewer takes part in. */
export const supportRequestListQuerySchema = z.object({
  cycleId: id().optional(),
  communeUnitId: id().optional(),
  criterionCode: criterionCode.optional(),
  status: listParam(z.enum(SUPPORT_STATUSES)),
  overdue: z.enum(['0', '1']).optional(),
  /** `mine`: the member's page (`memberInbox`) — the criteria assigned to the viewer, oldest first. */
  view: z.enum(['mine', 'all']).default('all'),
});

export const supportRequestListResponseSchema = z.object({ items: z.array(supportRequestSummarySchema) });

// ---- Notifications -------------------------------------------------------------------------------------------

export const notificationSchema = z.object({
  id: z.string(),
  kind: z.enum(NOTIFICATION_KINDS),
  /** Made by `notificationTitle` when the notification was created. */
  title: z.string(),
  /** The page it points to inside the app ("/support-requests/…"), or none. */
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const notificationListQuerySchema = z.object({
  unread: z.enum(['0', '1']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

/** The list and the bell's figure: unread over all of the viewer's notifications, not only this page. */
export const notificationListResponseSchema = z.object({
  items: z.array(notificationSchema),
  total: z.number().int(),
  unreadCount: z.number().int(),
});

/** POST /notifications/read — some, by id, or all. */
export const markReadRequestSchema = z.union([
  z.object({
    ids: uniqueIds(200).refine((ids) => ids.length > 0, { message: 'Chọn ít nhất một thông báo.' }),
  }),
  z.object({ all: z.literal(true) }),
]);

export const unreadCountResponseSchema = z.object({ unreadCount: z.number().int() });
