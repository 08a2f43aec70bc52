import type { FrameworkImportResponse } from '@xaso/domain/contracts/frameworks';
import { Alert, Table } from 'antd';
import { Link } from 'react-router';
import { vi } from '../../../i18n/vi.ts';

type FileError = FrameworkImportResponse['errors'][number];

/** What a validation or an import found: a success line, or every error of the file with where it is. */
export function ImportResult({ result, imported }: { result: FrameworkImportResponse; imported: boolean }) {
  const t = vi.frameworks;
  if (!result.ok) {
    return (
      <>
        <Alert type="error" showIcon role="alert" title={t.fileErrors(result.errors.length)} />
        <Table<FileError>
          rowKey={(error, index) => `${error.location}:${error.field}:${index}`}
          dataSource={result.errors}
          pagination={result.errors.length > 10 ? { pageSize: 10, size: 'small' } : false}
          size="small"
          scroll={{ x: 'max-content' }}
          style={{ marginTop: 12 }}
          columns={[
            { title: t.errorLocation, dataIndex: 'location', width: 160 },
            { title: t.errorField, dataIndex: 'field', width: 140 },
            { title: t.errorMessage, dataIndex: 'message' },
          ]}
        />
      </>
    );
  }
  const framework = result.framework;
  if (!framework) return null;
  if (!imported) {
    return (
      <Alert
        type="success"
        showIcon
        role="status"
        title={t.validOk(framework.title, framework.id, framework.itemCount)}
      />
    );
  }
  const version = result.version ?? 1;
  return (
    <Alert
      type={result.created ? 'success' : 'info'}
      showIcon
      role="status"
      title={
        result.created
          ? t.imported(framework.title, framework.id, version)
          : t.unchanged(framework.id, version)
      }
      action={<Link to={`/frameworks/${framework.id}?version=${version}`}>{t.viewImported}</Link>}
    />
  );
}
