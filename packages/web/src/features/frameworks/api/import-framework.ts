import { useMutation, useQueryClient } from '@tanstack/react-query';
import { frameworkImportResponseSchema } from '@xaso/domain/contracts/frameworks';
import { api } from '../../../lib/api-client.ts';
import { frameworksQueryKey } from './list-frameworks.ts';
import { type FrameworkUpload, frameworkFormData } from './validate-framework.ts';

/** Imports a YAML or Excel file: a new framework, a new version, or nothing when the content already exists. */
export function importFramework({ file, onProgress }: FrameworkUpload) {
  return api('/api/frameworks', {
    method: 'POST',
    body: frameworkFormData(file),
    schema: frameworkImportResponseSchema,
    onUploadProgress: onProgress,
  });
}

export function useImportFramework() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importFramework,
    onSuccess: (result) => {
      if (result.ok) return queryClient.invalidateQueries({ queryKey: frameworksQueryKey });
    },
  });
}
