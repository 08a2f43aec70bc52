import { ArrowLeftOutlined, FileTextOutlined } from '@ant-design/icons';
import { CAPABILITY_LABELS } from '@xaso/domain/contracts/assessments';
import type { SupportRequestView } from '@xaso/domain/contracts/steering';
import { Button, Card, Descriptions, Flex, Result, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { FullPageSpin } from '../../components/FullPageSpin.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { RequireAction } from '../../components/RequireAction.tsx';
import { vi } from '../../i18n/vi.ts';
import { errorMessage, isApiError } from '../../lib/api-client.ts';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useSupportRequest } from './api/support-requests.ts';
import { CommentThread } from './components/CommentThread.tsx';
import { EventActions } from './components/EventActions.tsx';
import { HistoryTimeline } from './components/HistoryTimeline.tsx';
import { PlanView } from './components/PlanView.tsx';
import { StatusTags } from './components/StatusTags.tsx';
import { supportMessages as m } from './messages.ts';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title}>
      <Typography.Title level={2} style={{ fontSize: 17, marginTop: 0 }}>
        {title}
      </Typography.Title>
      {children}
    </section>
  );
}

function Attachments({ evidence }: { evidence: SupportRequestView['evidence'] }) {
  if (evidence.length === 0) return <Typography.Text type="secondary">{m.noAttachments}</Typography.Text>;
  return (
    <Flex vertical gap={4}>
      {evidence.map((doc) => {
        const citation = vi.evidence.citationOf(doc.docNumber, formatDate(doc.docDate));
        return (
          <Flex key={doc.id} vertical style={{ minWidth: 0 }}>
            <a
              href={`/api/evidence/${encodeURIComponent(doc.id)}/file`}
              target="_blank"
              rel="noreferrer"
              aria-label={m.openAttachment(citation || doc.fileName, doc.fileName)}
            >
              <FileTextOutlined /> {citation || doc.fileName}
            </a>
            {doc.summary && <Typography.Text>{doc.summary}</Typography.Text>}
            {citation && (
              <Typography.Text type="secondary" style={{ fontSize: 12, wordBreak: 'break-all' }}>
                {doc.fileName}
              </Typography.Text>
            )}
          </Flex>
        );
      })}
    </Flex>
  );
}

function RequestDetail({ request }: { request: SupportRequestView }) {
  const title = m.detailTitle(request.criterion.code, request.commune.name);
  const card = { styles: { body: { padding: 'clamp(12px, 3vw, 24px)' } } };
  return (
    <Flex vertical gap={16}>
      <Card {...card}>
        <Link to="/support-requests">
          <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
            {m.backToList}
          </Button>
        </Link>
        <Flex vertical gap={8} style={{ marginTop: 8 }}>
          <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
            {title}
          </Typography.Title>
          <Typography.Text type="secondary">
            {request.criterion.code} {request.criterion.name} · {m.yearOf(request.year)}
          </Typography.Text>
          <StatusTags status={request.status} overdue={request.overdue} awaiting={request.awaiting} />
          <EventActions request={request} />
        </Flex>
      </Card>
      <Card {...card}>
        <Section title={m.sections.request}>
          <Flex vertical gap={12}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              {request.need}
            </Typography.Paragraph>
            <Descriptions
              size="small"
              column={1}
              items={[
                {
                  key: 'neededBy',
                  label: m.colNeededBy,
                  children: (
                    <Typography.Text type={request.overdue ? 'danger' : undefined}>
                      {formatDate(request.neededBy)}
                    </Typography.Text>
                  ),
                },
                {
                  key: 'sent',
                  label: m.colSentAt,
                  children: m.sentBy(request.sentBy.displayName, formatDateTime(request.sentAt)),
                },
                {
                  key: 'member',
                  label: m.colMember,
                  children: request.responsibleMember?.displayName ?? m.noMember,
                },
                ...(request.capability
                  ? [
                      {
                        key: 'capability',
                        label: vi.workspace.capability,
                        children: CAPABILITY_LABELS[request.capability],
                      },
                    ]
                  : []),
                {
                  key: 'attachments',
                  label: m.attachmentsShort,
                  children: <Attachments evidence={request.evidence} />,
                },
              ]}
            />
          </Flex>
        </Section>
      </Card>
      <Card {...card}>
        <Section title={m.sections.answer}>
          {request.answer ? (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              {request.answer}
            </Typography.Paragraph>
          ) : (
            <Typography.Text type="secondary">{m.noAnswer}</Typography.Text>
          )}
        </Section>
      </Card>
      <Card {...card}>
        <Section title={m.sections.plan}>
          {request.plan ? (
            <PlanView plan={request.plan} />
          ) : (
            <Typography.Text type="secondary">{m.noPlan}</Typography.Text>
          )}
        </Section>
      </Card>
      <Card {...card}>
        <Section title={m.sections.history}>
          <HistoryTimeline history={request.history} />
        </Section>
      </Card>
      <Card {...card}>
        <Section title={m.sections.comments}>
          <CommentThread request={request} />
        </Section>
      </Card>
    </Flex>
  );
}

function RequestLoader({ id }: { id: string }) {
  const query = useSupportRequest(id);
  usePageTitle(query.data ? m.detailTitle(query.data.criterion.code, query.data.commune.name) : m.title);
  if (query.isPending) return <FullPageSpin />;
  if (query.isError) {
    if (isApiError(query.error, 'NOT_FOUND'))
      return <Result status="404" title="404" subTitle={errorMessage(query.error)} />;
    return <QueryError error={query.error} onRetry={() => query.refetch()} />;
  }
  return <RequestDetail request={query.data} />;
}

export default function SupportRequestPage() {
  const { id = '' } = useParams();
  return (
    <RequireAction action="support:read">
      <RequestLoader id={id} />
    </RequireAction>
  );
}
