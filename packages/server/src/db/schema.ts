import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
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
      sql`${t.role} in ('commune_officer', 'commune_head', 'steering_member', 'standing_office', 'province_office', 'admin')`,
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
