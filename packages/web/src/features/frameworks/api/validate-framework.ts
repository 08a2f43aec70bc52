import { useMutation } from '@tanstack/react-query';
import { frameworkImportResponseSchema } from '@xaso/domain/contracts/frameworks';
import { api } from '../../../lib/api-client.ts';

export interface FrameworkUpload {
  file: File;
  onProgress?: (percent: number) => void;
}

export function frameworkFormData(file: File): FormData {
  const form = new FormData();
  form.append('file', file, file.name);
  return form;
}

/** Checks a YAML or Excel file and reports its errors, importing nothing. */
export function validateFramework({ file, onProgress }: FrameworkUpload) {
  return api('/api/frameworks/validate', {
    method: 'POST',
    body: frameworkFormData(file),
    schema: frameworkImportResponseSchema,
    onUploadProgress: onProgress,
  });
}

export function useValidateFramework() {
  return useMutation({ mutationFn: validateFramework });
}
