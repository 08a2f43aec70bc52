import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const orgUnits = pgTable(
  'org_units',
  {
    id: uuid('id').primaryKey(),
    gsoCode: text('gso_code'),
    name: text('name').notNull(),
    /** Lower-case name without diacritics, for search that ignores them. */
    searchKey: text('search_key').notNull(),
    type: text('type').notNull(),
    subtype: text('subtype'),
    parentId: uuid('parent_id'),
    /** "/rootId/…/id/": subtree checks are a prefix match, no recursive query per request. */
    path: text('path').notNull(),
    depth: integer('depth').notNull(),
    validFrom: date('valid_from'),
    validTo: date('valid_to'),
    createdAt: createdAt(),
  },
  (t) => [
    check('org_units_type_check', sql`${t.type} in ('province', 'district', 'commune', 'department')`),
    check(
      'org_units_subtype_check',
      sql`(${t.type} = 'commune' and ${t.subtype} in ('xa', 'phuong', 'thi_tran', 'dac_khu')) or (${t.type} <> 'commune' and ${t.subtype} is null)`,
    ),
    check(
      'org_units_validity_check',
      sql`${t.validTo} is null or ${t.validFrom} is null or ${t.validFrom} <= ${t.validTo}`,
    ),
    foreignKey({ columns: [t.parentId], foreignColumns: [t.id], name: 'org_units_parent_fk' }),
    index('org_units_parent_idx').on(t.parentId),
    index('org_units_path_idx').on(sql`${t.path} text_pattern_ops`),
    index('org_units_code_idx').on(t.gsoCode),
    // Codes are reused after a merge: unique only among units still in force.
    uniqueIndex('org_units_current_code_unique')
      .on(t.gsoCode)
      .where(sql`${t.validTo} is null and ${t.gsoCode} is not null`),
  ],
);

export const orgUnitSuccessions = pgTable(
  'org_unit_successions',
  {
    predecessorId: uuid('predecessor_id')
      .notNull()
      .references(() => orgUnits.id),
    successorId: uuid('successor_id')
      .notNull()
      .references(() => orgUnits.id),
    kind: text('kind').notNull(),
    effectiveOn: date('effective_on').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.predecessorId, t.successorId] }),
    check('org_unit_successions_kind_check', sql`${t.kind} in ('full', 'partial')`),
  ],
);

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  /** Where e-mail notifications go when SMTP is configured; none, in-app only. */
  email: text('email'),
  active: boolean('active').notNull().default(true),
  createdAt: createdAt(),
});

export const userRoles = pgTable(
  'user_roles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
  },
  (t) => [
    check(
      'user_roles_role_check',
      sql`${t.role} in ('commune_officer', 'commune_head', 'steering_member', 'steering_head', 'standing_office', 'province_office', 'admin')`,
    ),
    uniqueIndex('user_roles_unique').on(t.userId, t.role, t.orgUnitId),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie token: a leaked table does not give usable cookies. */
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    username: text('username').notNull(),
    address: text('address').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('login_attempts_username_idx').on(t.username, t.at),
    index('login_attempts_address_idx').on(t.address, t.at),
  ],
);

export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorUserId: uuid('actor_user_id'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    /** Versioned: {v: 1, before?, after?}. */
    payload: jsonb('payload').notNull(),
  },
  (t) => [index('audit_events_at_idx').on(t.at), index('audit_events_entity_idx').on(t.entityId)],
);

/**
 * One imported version of a framework (criteria set or index). Rows are never updated: a changed file makes a
 * new version, so an assessment that points at a version always sees what it was assessed against.
 */
export const frameworkVersions = pgTable(
  'framework_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    frameworkId: text('framework_id').notNull(),
    version: integer('version').notNull(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    /** The validated framework file content (domain `Framework`), format version in `formatVersion`. */
    content: jsonb('content').notNull(),
    formatVersion: integer('format_version').notNull().default(1),
    /** SHA-256 of the canonical JSON: importing identical content again is a no-op. */
    contentHash: text('content_hash').notNull(),
    sourceName: text('source_name').notNull(),
    /** SHA-256 of the file as read, so an unchanged shipped file is recognised without parsing it. */
    sourceHash: text('source_hash'),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull(),
    importedBy: uuid('imported_by').references(() => users.id),
  },
  (t) => [
    check('framework_versions_kind_check', sql`${t.kind} in ('criteria', 'index')`),
    uniqueIndex('framework_versions_version_unique').on(t.frameworkId, t.version),
    uniqueIndex('framework_versions_hash_unique').on(t.frameworkId, t.contentHash),
  ],
);

/** One year's round of assessment in an area (Kỳ đánh giá), against fixed framework versions. */
export const cycles = pgTable(
  'cycles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    year: integer('year').notNull(),
    scopeId: uuid('scope_id')
      .notNull()
      .references(() => orgUnits.id),
    criteriaFrameworkVersionId: uuid('criteria_framework_version_id')
      .notNull()
      .references(() => frameworkVersions.id),
    indexFrameworkVersionId: uuid('index_framework_version_id').references(() => frameworkVersions.id),
    selfAssessmentDue: date('self_assessment_due').notNull(),
    confirmationDue: date('confirmation_due').notNull(),
    dossierDue: date('dossier_due').notNull(),
    /**
     * A deliberate second round of the same year, area and criteria set is named ("Đợt 2"); null for the
     * year's main round. Two cycles alike in all four are refused by the use case (not by an index: databases
     * that already hold such duplicates must still migrate).
     */
    round: text('round'),
    /** open → closed (nothing changes any more); the transitions are in domain/cycle/lifecycle.ts. */
    status: text('status').notNull().default('open'),
    /** Optimistic concurrency for office edits: an edit names the version it started from. */
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('cycles_scope_idx').on(t.scopeId),
    check('cycles_status_check', sql`${t.status} in ('open', 'closed')`),
    check(
      'cycles_deadlines_check',
      sql`${t.selfAssessmentDue} <= ${t.confirmationDue} and ${t.confirmationDue} <= ${t.dossierDue}`,
    ),
  ],
);

/** The communes of a cycle: assigned to complete DX that year, or registered early for some criteria. */
export const cycleCommunes = pgTable(
  'cycle_communes',
  {
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => cycles.id, { onDelete: 'cascade' }),
    communeId: uuid('commune_id')
      .notNull()
      .references(() => orgUnits.id),
    assigned: boolean('assigned').notNull().default(true),
  },
  (t) => [primaryKey({ columns: [t.cycleId, t.communeId] })],
);

/** Criteria the office marked not applicable this cycle, with the reason (2.5 in 2022). */
export const cycleExclusions = pgTable(
  'cycle_exclusions',
  {
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => cycles.id, { onDelete: 'cascade' }),
    itemCode: text('item_code').notNull(),
    reason: text('reason').notNull(),
  },
  (t) => [primaryKey({ columns: [t.cycleId, t.itemCode] })],
);

/** A commune's self-assessment in a cycle. */
export const assessments = pgTable(
  'assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => cycles.id),
    communeId: uuid('commune_id')
      .notNull()
      .references(() => orgUnits.id),
    status: text('status').notNull().default('draft'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: uuid('submitted_by').references(() => users.id),
    reopenedUntil: date('reopened_until'),
    /**
     * Criteria a commune not assigned this year registered early (seed 002, Điều 3: independent criteria only);
     * null for an assigned commune, which answers for the whole set.
     */
    registeredItems: text('registered_items').array(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('assessments_cycle_commune_unique').on(t.cycleId, t.communeId),
    check('assessments_status_check', sql`${t.status} in ('draft', 'submitted')`),
  ],
);

/** The commune's result for one criterion or indicator. `version` detects concurrent edits. */
export const assessmentResults = pgTable(
  'assessment_results',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    itemKind: text('item_kind').notNull(),
    itemCode: text('item_code').notNull(),
    numerator: doublePrecision('numerator'),
    denominator: doublePrecision('denominator'),
    /** {v: boolean|number|string|null}: the measure decides which. */
    value: jsonb('value'),
    typedPercent: doublePrecision('typed_percent'),
    /** Self-scored points (điểm tự chấm); was `typed_points`, the same figure: the points the commune claims. */
    selfPoints: doublePrecision('self_points'),
    selfPointsReason: text('self_points_reason'),
    /** The commune's own Đạt / Chưa đạt, for qualitative targets. */
    selfJudgement: text('self_judgement'),
    selfJudgementReason: text('self_judgement_reason'),
    /** 'not_started' (Chưa thực hiện) or null. */
    status: text('status'),
    capability: text('capability'),
    plannedCompletion: text('planned_completion'),
    notes: text('notes'),
    difficulties: text('difficulties'),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    updatedBy: uuid('updated_by').references(() => users.id),
  },
  (t) => [
    uniqueIndex('assessment_results_item_unique').on(t.assessmentId, t.itemKind, t.itemCode),
    check('assessment_results_kind_check', sql`${t.itemKind} in ('criterion', 'indicator')`),
    check(
      'assessment_results_capability_check',
      sql`${t.capability} is null or ${t.capability} in ('independent', 'needs_support')`,
    ),
    check(
      'assessment_results_self_judgement_check',
      sql`${t.selfJudgement} is null or ${t.selfJudgement} in ('met', 'not_met')`,
    ),
    check('assessment_results_status_check', sql`${t.status} is null or ${t.status} in ('not_started')`),
    check(
      'assessment_results_figures_check',
      sql`(${t.numerator} is null or ${t.numerator} >= 0) and (${t.denominator} is null or ${t.denominator} > 0)`,
    ),
  ],
);

/** A document in a commune's evidence library; the file itself is in storage under `storageKey`. */
export const evidence = pgTable(
  'evidence',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communeId: uuid('commune_id')
      .notNull()
      .references(() => orgUnits.id),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    docNumber: text('doc_number'),
    docDate: date('doc_date'),
    issuer: text('issuer'),
    summary: text('summary'),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id),
  },
  (t) => [uniqueIndex('evidence_commune_hash_unique').on(t.communeId, t.sha256)],
);

/** A document linked to one item of an assessment; one document may prove several items, in several years. */
export const evidenceLinks = pgTable(
  'evidence_links',
  {
    evidenceId: uuid('evidence_id')
      .notNull()
      .references(() => evidence.id),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    itemKind: text('item_kind').notNull(),
    itemCode: text('item_code').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.evidenceId, t.assessmentId, t.itemKind, t.itemCode] }),
    index('evidence_links_item_idx').on(t.assessmentId, t.itemKind, t.itemCode),
  ],
);

/**
 * A report generated from an assessment: a job (queued → running → done | failed) and then its file, kept
 * with its hash so what was filed can be proven later. `options` holds the form it was made with.
 */
export const generatedDocuments = pgTable(
  'generated_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    format: text('format').notNull(),
    status: text('status').notNull().default('queued'),
    error: text('error'),
    options: jsonb('options').notNull(),
    fileName: text('file_name'),
    storageKey: text('storage_key'),
    size: bigint('size', { mode: 'number' }),
    sha256: text('sha256'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    durationMs: integer('duration_ms'),
  },
  (t) => [
    index('generated_documents_assessment_idx').on(t.assessmentId, t.createdAt),
    check('generated_documents_kind_check', sql`${t.kind} in ('commune_report', 'index_report')`),
    check('generated_documents_format_check', sql`${t.format} in ('docx', 'xlsx', 'pdf')`),
    check('generated_documents_status_check', sql`${t.status} in ('queued', 'running', 'done', 'failed')`),
  ],
);

/** The document form a unit used last (heading, signer, recipients…), offered again next time. */
export const documentSettings = pgTable('document_settings', {
  orgUnitId: uuid('org_unit_id')
    .primaryKey()
    .references(() => orgUnits.id),
  options: jsonb('options').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  updatedBy: uuid('updated_by').references(() => users.id),
});

// ---- The steering committee's year (roadmap, responsibility matrix, support requests, notifications) ----------

/** An area's roadmap (lộ trình): its version guards concurrent edits of the whole table. */
export const roadmaps = pgTable('roadmaps', {
  areaId: uuid('area_id')
    .primaryKey()
    .references(() => orgUnits.id),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  updatedBy: uuid('updated_by').references(() => users.id),
});

/** The year a commune of the area must complete DX (one year per commune: domain/steering/roadmap.ts). */
export const roadmapEntries = pgTable(
  'roadmap_entries',
  {
    areaId: uuid('area_id')
      .notNull()
      .references(() => roadmaps.areaId, { onDelete: 'cascade' }),
    communeId: uuid('commune_id')
      .notNull()
      .references(() => orgUnits.id),
    year: integer('year').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.areaId, t.communeId] }),
    index('roadmap_entries_year_idx').on(t.areaId, t.year),
    check('roadmap_entries_year_check', sql`${t.year} between 2020 and 2100`),
  ],
);

/** An outside organisation that coordinates criteria (a telecom, a bank, the hospital): a name, no account. */
export const partners = pgTable(
  'partners',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    areaId: uuid('area_id')
      .notNull()
      .references(() => orgUnits.id),
    name: text('name').notNull(),
    createdAt: createdAt(),
    createdBy: uuid('created_by').references(() => users.id),
  },
  (t) => [uniqueIndex('partners_area_name_unique').on(t.areaId, sql`lower(${t.name})`)],
);

/**
 * A version of a cycle's responsibility matrix. Edits change the current version in place until appraisal has
 * started; after that an edit makes a new version, so who was responsible for what when it was appraised stays.
 * `revision` counts every edit of the matrix (the screen's expectedVersion), across versions.
 */
export const responsibilityVersions = pgTable(
  'responsibility_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => cycles.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    revision: integer('revision').notNull().default(1),
    /** The cycle it was copied from when the cycle opened (null: started empty). */
    copiedFromCycleId: uuid('copied_from_cycle_id').references(() => cycles.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    createdBy: uuid('created_by').references(() => users.id),
  },
  (t) => [uniqueIndex('responsibility_versions_number_unique').on(t.cycleId, t.number)],
);

/** One criterion's row of the matrix (seed 002's table): lead, coordinating units and partners, the member. */
export const responsibilities = pgTable(
  'responsibilities',
  {
    versionId: uuid('version_id')
      .notNull()
      .references(() => responsibilityVersions.id, { onDelete: 'cascade' }),
    criterionCode: text('criterion_code').notNull(),
    leadUnitId: uuid('lead_unit_id').references(() => orgUnits.id),
    coordinatingUnitIds: uuid('coordinating_unit_ids').array().notNull().default(sql`'{}'::uuid[]`),
    partnerIds: uuid('partner_ids').array().notNull().default(sql`'{}'::uuid[]`),
    responsibleMemberId: uuid('responsible_member_id').references(() => users.id),
  },
  (t) => [
    primaryKey({ columns: [t.versionId, t.criterionCode] }),
    index('responsibilities_member_idx').on(t.responsibleMemberId),
  ],
);

/** A commune's support request for one criterion (Kiến nghị, đề xuất hỗ trợ); rules in domain/steering. */
export const supportRequests = pgTable(
  'support_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => cycles.id),
    communeId: uuid('commune_id')
      .notNull()
      .references(() => orgUnits.id),
    criterionCode: text('criterion_code').notNull(),
    need: text('need').notNull(),
    neededBy: date('needed_by').notNull(),
    status: text('status').notNull().default('sent'),
    answer: text('answer'),
    /** The member's support plan (SupportPlanInput) and the warnings `checkPlan` gave when it was submitted. */
    plan: jsonb('plan'),
    planWarnings: jsonb('plan_warnings'),
    planSubmittedBy: uuid('plan_submitted_by').references(() => users.id),
    planSubmittedAt: timestamp('plan_submitted_at', { withTimezone: true }),
    sentBy: uuid('sent_by')
      .notNull()
      .references(() => users.id),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('support_requests_cycle_idx').on(t.cycleId, t.criterionCode),
    index('support_requests_commune_idx').on(t.communeId),
    // One open request per commune and criterion (maySendRequest); a closed one may be followed by another.
    uniqueIndex('support_requests_open_unique')
      .on(t.cycleId, t.communeId, t.criterionCode)
      .where(sql`${t.status} <> 'closed'`),
    check(
      'support_requests_status_check',
      sql`${t.status} in ('sent', 'answered', 'plan_submitted', 'plan_approved', 'plan_returned', 'closed')`,
    ),
  ],
);

/** Attachments of a request, from the commune's evidence library. */
export const supportRequestEvidence = pgTable(
  'support_request_evidence',
  {
    requestId: uuid('request_id')
      .notNull()
      .references(() => supportRequests.id, { onDelete: 'cascade' }),
    evidenceId: uuid('evidence_id')
      .notNull()
      .references(() => evidence.id),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.evidenceId] })],
);

/** Every step of a request (sending first), with its author, capacity and time: the request's history. */
export const supportEvents = pgTable(
  'support_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => supportRequests.id, { onDelete: 'cascade' }),
    event: text('event').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    actorId: uuid('actor_id')
      .notNull()
      .references(() => users.id),
    actorKind: text('actor_kind').notNull(),
    note: text('note'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('support_events_request_idx').on(t.requestId, t.at),
    check('support_events_actor_kind_check', sql`${t.actorKind} in ('commune', 'member', 'head', 'office')`),
  ],
);

/** The comment thread of a request. */
export const supportComments = pgTable(
  'support_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => supportRequests.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    authorKind: text('author_kind').notNull(),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('support_comments_request_idx').on(t.requestId, t.createdAt)],
);

/**
 * An in-app notification, and its e-mail when SMTP is configured: `emailStatus` is null when no e-mail is due,
 * 'pending' until the mail job sends it ('sent') or gives up ('failed'). The row is the job: a restart resumes
 * pending mail. `dedupeKey` makes a reminder (deadline_soon) idempotent when the daily sweep runs twice.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    link: text('link'),
    createdAt: createdAt(),
    readAt: timestamp('read_at', { withTimezone: true }),
    emailStatus: text('email_status'),
    emailAttempts: integer('email_attempts').notNull().default(0),
    emailNextAttemptAt: timestamp('email_next_attempt_at', { withTimezone: true }),
    emailError: text('email_error'),
    dedupeKey: text('dedupe_key'),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.createdAt),
    index('notifications_email_pending_idx')
      .on(t.emailNextAttemptAt)
      .where(sql`${t.emailStatus} = 'pending'`),
    uniqueIndex('notifications_dedupe_unique').on(t.userId, t.dedupeKey),
    check(
      'notifications_email_status_check',
      sql`${t.emailStatus} is null or ${t.emailStatus} in ('pending', 'sent', 'failed')`,
    ),
  ],
);
