import { citationSchema, evidenceFileNameSchema } from '@xaso/domain/contracts/evidence';
import { ACCEPTED_EVIDENCE_LABEL, detectEvidenceType } from '@xaso/domain/evidence/file-type';
import { nfc } from '@xaso/domain/text';
import { eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Actor, Ctx } from '../../../context.ts';
import { orgUnits } from '../../../db/schema.ts';
import { AppError } from '../../../http/app-error.ts';
import type { FileStorage, StagedFile } from '../../../storage/file-storage.ts';
import { assessmentPolicy } from '../../assessments/policy.ts';
import { storeUpload } from '../store-upload.ts';

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/**
 * Streams one uploaded file into storage (hashing and measuring on the way), then checks it by content. A file
 * that is too large or of a refused type is discarded and leaves nothing behind. The same file uploaded again
 * by the same commune is not stored twice: the existing document is answered, with `duplicate`.
 */
export async function uploadEvidence(
  ctx: Ctx,
  options: {
    actor: Actor;
    communeId: string;
    request: FastifyRequest;
    storage: FileStorage;
    maxBytes: number;
  },
) {
  const [commune] = await ctx.db.select().from(orgUnits).where(eq(orgUnits.id, options.communeId));
  if (commune?.type !== 'commune') throw AppError.notFound();
  assessmentPolicy.assert(options.actor, 'evidence:manage', commune.path);
  if (!options.request.isMultipart())
    throw new AppError('BAD_REQUEST', 'Hãy gửi tệp dưới dạng multipart/form-data (trường "file").');

  const fields: Record<string, string> = {};
  let staged: StagedFile | null = null;
  let fileName = '';
  try {
    for await (const part of options.request.parts()) {
      if (part.type === 'field') {
        fields[part.fieldname] = String(part.value);
        continue;
      }
      if (staged) {
        part.file.resume();
        continue;
      }
      fileName = nfc(part.filename || 'tep-khong-ten');
      const result = await options.storage.stage(part.file, { maxBytes: options.maxBytes });
      if ('tooLarge' in result)
        throw new AppError('PAYLOAD_TOO_LARGE', `Tệp "${fileName}" quá lớn: tối đa ${mb(options.maxBytes)}.`);
      staged = result;
    }
    if (!staged) throw new AppError('BAD_REQUEST', 'Chưa chọn tệp để tải lên.');
    const named = evidenceFileNameSchema.safeParse(fileName);
    if (!named.success) throw AppError.validation({ file: named.error.issues[0]!.message });
    const type = detectEvidenceType({ ...staged, fileName });
    if (!type) {
      throw new AppError(
        'UNSUPPORTED_FILE',
        `Tệp "${fileName}" không phải ${ACCEPTED_EVIDENCE_LABEL} (kiểm tra theo nội dung tệp, không theo tên).`,
      );
    }
    const parsed = citationSchema.safeParse(fields);
    if (!parsed.success) {
      throw AppError.validation(
        Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message])),
      );
    }
    return await storeUpload(ctx, {
      ...options,
      staged,
      fileName,
      mediaType: type.mediaType,
      citation: parsed.data,
    });
  } catch (err) {
    if (staged) await options.storage.discard(staged.tempId);
    throw err;
  }
}
