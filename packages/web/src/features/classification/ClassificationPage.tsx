import { DownloadOutlined } from '@ant-design/icons';
import type { Cycle } from '@xaso/domain/contracts/cycles';
import type { ClassificationResponse } from '@xaso/domain/contracts/steering';
import { CLASSIFICATION_VALUES, type ClassificationValue } from '@xaso/domain/steering/classification';
import { searchKey } from '@xaso/domain/text';
import {
  Button,
  Col,
  Flex,
  Form,
  Row,
  Select,
  Spin,
  Table,
  type TableProps,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { FullPageSpin } from '../../components/FullPageSpin.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { RequireAction } from '../../components/RequireAction.tsx';
import { compareVi } from '../../lib/format.ts';
import { CycleSubpage } from '../cycles/components/CycleSubpage.tsx';
import {
  type ClassificationFilters,
  classificationExportUrl,
  useClassification,
} from './api/classification.ts';
import { classificationMessages as m } from './messages.ts';

// ECharts comes with the chart, after the figures: the tables are readable without it.
const ClassificationChart = lazy(() => import('./components/ClassificationChart.tsx'));

type Counts = ClassificationResponse['summary']['totals'];
type Item = ClassificationResponse['rows'][number];
type Tab = 'communes' | 'criteria' | 'list';

const VALUE_COLORS: Record<ClassificationValue, string> = {
  independent: 'green',
  needs_support: 'orange',
  unset: 'default',
};
const NO_FILTERS: ClassificationFilters = { communeUnitId: [], criterionCode: [], value: [] };
const search = {
  filterOption: (input: string, option?: { label?: unknown }) =>
    searchKey(String(option?.label ?? '')).includes(searchKey(input)),
};

function Classification({ cycle }: { cycle: Cycle }) {
  const [filters, setFilters] = useState<ClassificationFilters>(NO_FILTERS);
  const [tab, setTab] = useState<Tab>('communes');
  const result = useClassification(cycle.id, filters);
  const data = result.data;

  const communeName = useMemo(() => new Map(data?.communes.map((c) => [c.id, c.name])), [data?.communes]);
  const criterionName = useMemo(() => new Map(data?.criteria.map((c) => [c.code, c.name])), [data?.criteria]);
  const chartData = useMemo(
    () =>
      (data?.summary.byCommune ?? []).map((c) => ({ ...c, name: communeName.get(c.communeUnitId) ?? '' })),
    [data?.summary.byCommune, communeName],
  );

  if (result.isPending) return <FullPageSpin />;
  if (result.isError || !data) return <QueryError error={result.error} onRetry={() => result.refetch()} />;

  /** A count that opens the list with the filters it stands for. */
  const countLink = (n: number, show: Partial<ClassificationFilters>, what: string) =>
    n === 0 ? (
      <Typography.Text type="secondary">0</Typography.Text>
    ) : (
      <Button
        type="link"
        size="small"
        style={{ padding: 0 }}
        aria-label={`${m.showList(what)}: ${n}`}
        onClick={() => {
          setFilters({ ...NO_FILTERS, ...show });
          setTab('list');
        }}
      >
        {n}
      </Button>
    );
  const countColumns = <T extends Counts>(
    filterOf: (row: T) => Partial<ClassificationFilters>,
    nameOf: (row: T) => string,
  ): TableProps<T>['columns'] => [
    {
      title: m.independent,
      key: 'independent',
      align: 'right',
      render: (_, row) =>
        countLink(
          row.independent,
          { ...filterOf(row), value: ['independent'] },
          `${nameOf(row)}, ${m.independent}`,
        ),
    },
    {
      title: m.needsSupport,
      key: 'needsSupport',
      align: 'right',
      render: (_, row) =>
        countLink(
          row.needsSupport,
          { ...filterOf(row), value: ['needs_support'] },
          `${nameOf(row)}, ${m.needsSupport}`,
        ),
    },
    {
      title: m.unset,
      key: 'unset',
      align: 'right',
      render: (_, row) =>
        countLink(row.unset, { ...filterOf(row), value: ['unset'] }, `${nameOf(row)}, ${m.unset}`),
    },
    { title: m.total, dataIndex: 'total', align: 'right' },
  ];

  type ByCommune = ClassificationResponse['summary']['byCommune'][number];
  type ByCriterion = ClassificationResponse['summary']['byCriterion'][number];
  const submitted = new Set(data.communes.filter((c) => c.submitted).map((c) => c.id));
  const communeColumns: TableProps<ByCommune>['columns'] = [
    {
      title: m.commune,
      key: 'commune',
      fixed: 'left',
      render: (_, row) => (
        <Flex vertical gap={2} align="start">
          <span>{communeName.get(row.communeUnitId)}</span>
          <Tag color={submitted.has(row.communeUnitId) ? 'success' : 'default'}>
            {submitted.has(row.communeUnitId) ? m.submitted : m.notSubmitted}
          </Tag>
        </Flex>
      ),
    },
    ...(countColumns<ByCommune>(
      (row) => ({ communeUnitId: [row.communeUnitId] }),
      (row) => communeName.get(row.communeUnitId) ?? '',
    ) ?? []),
  ];
  const criterionColumns: TableProps<ByCriterion>['columns'] = [
    {
      title: m.criterion,
      key: 'criterion',
      fixed: 'left',
      width: 220,
      render: (_, row) => (
        <span>
          <Typography.Text strong>{row.criterionCode}</Typography.Text> {criterionName.get(row.criterionCode)}
        </span>
      ),
    },
    ...(countColumns<ByCriterion>(
      (row) => ({ criterionCode: [row.criterionCode] }),
      (row) => row.criterionCode,
    ) ?? []),
  ];
  const listColumns: TableProps<Item>['columns'] = [
    {
      title: m.commune,
      key: 'commune',
      fixed: 'left',
      width: 130,
      render: (_, row) => communeName.get(row.communeUnitId),
      sorter: (a, b) =>
        compareVi(communeName.get(a.communeUnitId) ?? '', communeName.get(b.communeUnitId) ?? ''),
    },
    {
      title: m.criterion,
      key: 'criterion',
      width: 260,
      render: (_, row) => (
        <span>
          <Typography.Text strong>{row.criterionCode}</Typography.Text> {criterionName.get(row.criterionCode)}
        </span>
      ),
    },
    {
      title: m.value,
      dataIndex: 'value',
      render: (value: ClassificationValue) => <Tag color={VALUE_COLORS[value]}>{m.labels[value]}</Tag>,
    },
    { title: m.plannedCompletion, dataIndex: 'plannedCompletion', render: (v: string | null) => v ?? '—' },
  ];

  const filtered = filters.communeUnitId.length + filters.criterionCode.length + filters.value.length > 0;
  const totals = data.summary.totals;

  return (
    <Flex vertical gap={12}>
      <Form layout="vertical" component="div">
        <Row gutter={12}>
          <Col xs={24} md={8}>
            <Form.Item label={m.filterCommune} htmlFor="classification-commune" style={{ marginBottom: 8 }}>
              <Select
                id="classification-commune"
                mode="multiple"
                allowClear
                showSearch={search}
                placeholder={m.allCommunes}
                value={filters.communeUnitId}
                onChange={(communeUnitId: string[]) => setFilters({ ...filters, communeUnitId })}
                options={data.communes.map((c) => ({ value: c.id, label: c.name }))}
                maxTagCount="responsive"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              label={m.filterCriterion}
              htmlFor="classification-criterion"
              style={{ marginBottom: 8 }}
            >
              <Select
                id="classification-criterion"
                mode="multiple"
                allowClear
                showSearch={search}
                placeholder={m.allCriteria}
                value={filters.criterionCode}
                onChange={(criterionCode: string[]) => setFilters({ ...filters, criterionCode })}
                options={data.criteria.map((c) => ({ value: c.code, label: `${c.code} ${c.name}` }))}
                maxTagCount="responsive"
                popupMatchSelectWidth={false}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={m.filterValue} htmlFor="classification-value" style={{ marginBottom: 8 }}>
              <Select
                id="classification-value"
                mode="multiple"
                allowClear
                placeholder={m.allValues}
                value={filters.value}
                onChange={(value: ClassificationValue[]) => setFilters({ ...filters, value })}
                options={CLASSIFICATION_VALUES.map((v) => ({ value: v, label: m.labels[v] }))}
                maxTagCount="responsive"
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      <Flex gap={8} wrap align="center" justify="space-between">
        <Typography.Text strong>
          {m.totals(totals.independent, totals.needsSupport, totals.unset)}
        </Typography.Text>
        <Flex gap={8} wrap>
          {filtered && <Button onClick={() => setFilters(NO_FILTERS)}>{m.clearFilters}</Button>}
          <Button icon={<DownloadOutlined />} href={classificationExportUrl(cycle.id, filters)} download>
            {m.export}
          </Button>
        </Flex>
      </Flex>
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key as Tab)}
        items={[
          {
            key: 'communes',
            label: m.byCommune,
            children: (
              <Flex vertical gap={16}>
                {chartData.length > 0 && (
                  <Suspense fallback={<Spin />}>
                    <ClassificationChart communes={chartData} />
                  </Suspense>
                )}
                <Table
                  rowKey="communeUnitId"
                  size="small"
                  pagination={false}
                  scroll={{ x: 'max-content' }}
                  columns={communeColumns}
                  dataSource={data.summary.byCommune}
                  locale={{ emptyText: m.noCommunes }}
                />
              </Flex>
            ),
          },
          {
            key: 'criteria',
            label: m.byCriterion,
            children: (
              <Table
                rowKey="criterionCode"
                size="small"
                pagination={false}
                scroll={{ x: 'max-content' }}
                columns={criterionColumns}
                dataSource={data.summary.byCriterion}
              />
            ),
          },
          {
            key: 'list',
            label: m.list(data.rows.length),
            children: (
              <Table
                rowKey={(row) => `${row.communeUnitId}:${row.criterionCode}`}
                size="small"
                loading={result.isFetching}
                pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
                scroll={{ x: 'max-content' }}
                columns={listColumns}
                dataSource={data.rows}
                locale={{ emptyText: m.noRows }}
              />
            ),
          },
        ]}
      />
    </Flex>
  );
}

function ClassificationForCycle({ id }: { id: string }) {
  return (
    <CycleSubpage cycleId={id} texts={m}>
      {(cycle) => <Classification cycle={cycle} />}
    </CycleSubpage>
  );
}

export default function ClassificationPage() {
  const { id = '' } = useParams();
  return (
    <RequireAction action="classification:read">
      <ClassificationForCycle id={id} />
    </RequireAction>
  );
}
