import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Modal, Progress, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { vi } from '../../../i18n/vi.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useImportFramework } from '../api/import-framework.ts';
import { useValidateFramework } from '../api/validate-framework.ts';
import { ImportResult } from './ImportResult.tsx';

const ACCEPT = '.yaml,.yml,.xlsx';

/** Upload a YAML or Excel framework file: check it first if you like, then import it. */
export function ImportFrameworkModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [file, setFile] = useState<UploadFile | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const validate = useValidateFramework();
  const importing = useImportFramework();
  // The last action decides which answer is shown.
  const [last, setLast] = useState<'validate' | 'import' | null>(null);
  const mutation = last === 'import' ? importing : last === 'validate' ? validate : null;
  const busy = validate.isPending || importing.isPending;

  const reset = () => {
    validate.reset();
    importing.reset();
    setLast(null);
    setProgress(null);
  };
  const close = () => {
    reset();
    setFile(null);
    onClose();
  };
  const run = (action: 'validate' | 'import') => {
    const raw = file?.originFileObj;
    if (!raw) return;
    reset();
    setLast(action);
    setProgress(0);
    (action === 'import' ? importing : validate).mutate(
      { file: raw, onProgress: setProgress },
      { onSettled: () => setProgress(null) },
    );
  };

  return (
    <Modal
      open={open}
      title={vi.frameworks.importTitle}
      onCancel={close}
      width={760}
      footer={
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Button href="/api/frameworks/template.xlsx" icon={<DownloadOutlined />} type="link" download>
            {vi.frameworks.template}
          </Button>
          <Flex gap={8} wrap>
            <Button onClick={close}>{vi.common.close}</Button>
            <Button onClick={() => run('validate')} disabled={!file} loading={validate.isPending}>
              {vi.frameworks.validate}
            </Button>
            <Button
              type="primary"
              onClick={() => run('import')}
              disabled={!file}
              loading={importing.isPending}
            >
              {vi.frameworks.submitImport}
            </Button>
          </Flex>
        </Flex>
      }
    >
      <Upload.Dragger
        accept={ACCEPT}
        maxCount={1}
        multiple={false}
        fileList={file ? [file] : []}
        // Nothing is sent until the user picks "Kiểm tra" or "Nhập".
        beforeUpload={() => false}
        onChange={({ fileList }) => {
          reset();
          setFile(fileList.at(-1) ?? null);
        }}
        onRemove={() => {
          reset();
          setFile(null);
        }}
        disabled={busy}
        aria-label={vi.frameworks.fileLabel}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{vi.frameworks.importHint}</p>
        <p className="ant-upload-hint">{vi.frameworks.importHintDetail}</p>
      </Upload.Dragger>
      {progress !== null && busy && (
        <Progress percent={progress} size="small" format={(p) => vi.frameworks.uploading(p ?? 0)} />
      )}
      <div style={{ marginTop: 16 }} aria-live="polite">
        {mutation?.isError && (
          <Alert type="error" showIcon role="alert" title={errorMessage(mutation.error)} />
        )}
        {mutation?.data && <ImportResult result={mutation.data} imported={last === 'import'} />}
      </div>
    </Modal>
  );
}
