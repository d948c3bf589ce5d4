// Shapes of the deal-service (pipelines, stages, deals, stage history, analytics); keep them in
// step with docs/api/deals.md.
import type { CustomValues } from './records'

export type StageOutcome = 'WON' | 'LOST'
export type DealStatus = 'OPEN' | 'WON' | 'LOST'

/** A deal field a stage can require before a deal enters it, named as the deal's JSON property. */
export type RequiredField = 'value' | 'expectedCloseDate' | 'contactId' | 'companyId' | 'lostReason'

export const REQUIRED_FIELDS: readonly RequiredField[] = [
  'value',
  'expectedCloseDate',
  'contactId',
  'companyId',
  'lostReason',
]

/** Amounts by ISO 4217 currency code: `{"EUR": 1200.00, "USD": 50.00}`. */
export type Money = Record<string, number>

export interface Stage {
  id: string
  pipelineId: string
  name: string
  position: number
  /** 0 to 100. */
  probability: number
  /** null: deals in the stage are open. */
  outcome: StageOutcome | null
  /** An open deal that sat in the stage longer is rotting; null: never. */
  rottingDays: number | null
  requiredFields: RequiredField[]
  /** The stages a deal in this one may move to; null: any stage of the pipeline. */
  allowedNextStageIds: string[] | null
  version: number
}

export interface StageInput {
  name: string
  probability: number
  outcome?: StageOutcome | null
  rottingDays?: number | null
  requiredFields?: RequiredField[]
  allowedNextStageIds?: string[] | null
  /** Only when adding a stage (default: last). */
  position?: number
  /** Only when changing a stage. */
  version?: number
}

export interface Pipeline {
  id: string
  name: string
  position: number
  isDefault: boolean
  stages: Stage[]
  createdAt: string
  updatedAt: string
  version: number
}

export interface NewPipeline {
  name: string
  /** Without stages the pipeline gets the default six. */
  stages?: StageInput[]
}

export interface PipelineChange {
  name: string
  isDefault?: boolean
  version: number
}

export interface Deal {
  id: string
  name: string
  value: number | null
  currency: string
  pipelineId: string
  stageId: string
  status: DealStatus
  contactId: string | null
  companyId: string | null
  ownerId: string | null
  /** YYYY-MM-DD */
  expectedCloseDate: string | null
  lostReason: string | null
  closedAt: string | null
  stageEnteredAt: string
  rotting: boolean
  contactName: string | null
  contactDeleted: boolean
  companyName: string | null
  companyDeleted: boolean
  customFields: CustomValues
  createdBy: string | null
  updatedBy: string | null
  createdAt: string
  updatedAt: string
  version: number
}

/** What a client writes of a deal (POST, PUT; `version` with PUT). */
export interface DealInput {
  name: string
  value?: number | null
  currency?: string | null
  pipelineId?: string | null
  stageId?: string | null
  status?: DealStatus | null
  contactId?: string | null
  companyId?: string | null
  ownerId?: string | null
  expectedCloseDate?: string | null
  lostReason?: string | null
  customFields?: CustomValues
  version?: number
}

/** A JSON merge patch of a deal: only the properties named change. */
export type DealPatch = Partial<Omit<DealInput, 'name'>> & { name?: string }

/** How many deals and how much value, per currency (never added across currencies). */
export interface DealTotals {
  count: number
  value: Money
}

/** A customer's deals (a contact's, or a company group's) by status: GET /api/deals/summary. */
export interface CustomerDealSummary {
  open: DealTotals
  won: DealTotals
  lost: DealTotals
}

export interface DealListParams {
  /** Name search, accents and case ignored. */
  q?: string
  pipelineId?: string
  stageId?: string
  ownerId?: string
  status?: DealStatus
  contactId?: string
  companyId?: string
  /** Open deals and those closed since then (ISO time): a board's won and lost columns. */
  closedAfter?: string
  limit?: number
  cursor?: string | null
}

export interface BoardColumn {
  stage: Stage
  /** Deals in the stage, also those not loaded yet. */
  count: number
  totals: Money
  /** How many of the stage's deals are rotting. */
  rotting: number
  items: Deal[]
  nextCursor: string | null
}

export interface Board {
  pipeline: Pipeline
  /** Won and lost columns hold the deals closed since then (the last 30 days by default). */
  closedAfter: string
  columns: BoardColumn[]
}

export interface BoardParams {
  pipelineId?: string
  ownerId?: string
  limit?: number
}

export interface StageChange {
  id: string
  fromStageId: string | null
  fromStageName: string | null
  toStageId: string
  toStageName: string
  changedBy: string | null
  changedAt: string
  leftAt: string | null
}

export interface BulkStageMove {
  dealIds: string[]
  stageId: string
  lostReason?: string
}

/** The filters every analytics report takes; dates are YYYY-MM-DD, inclusive. */
export interface AnalyticsFilters {
  pipelineId?: string
  ownerId?: string
  from?: string
  to?: string
}

export interface ForecastMonth {
  /** YYYY-MM */
  month: string
  deals: number
  openValue: Money
  weightedValue: Money
}

export interface Forecast {
  byMonth: ForecastMonth[]
  byOwner: { ownerId: string | null; deals: number; openValue: Money; weightedValue: Money }[]
  total: { deals: number; openValue: Money; weightedValue: Money }
}

export interface ConversionStage {
  stageId: string
  name: string
  position: number
  entered: number
  reachedNext: number
  /** 0..1, null when nothing entered. */
  conversionRate: number | null
  won: number
  winRate: number | null
}

export interface Conversion {
  stages: ConversionStage[]
}

export interface Velocity {
  openDeals: number
  won: number
  lost: number
  winRate: number | null
  averageCycleDays: number | null
  byCurrency: {
    currency: string
    openDeals: number
    averageWonValue: number | null
    velocityPerDay: number | null
  }[]
}

export interface RepStats {
  ownerId: string | null
  won: number
  lost: number
  winRate: number | null
  wonValue: Money
  averageCycleDays: number | null
  openDeals: number
  activities: number | null
}

export interface Reps {
  reps: RepStats[]
}

export interface BottleneckStage {
  stageId: string
  name: string
  position: number
  entries: number
  medianDays: number | null
  p90Days: number | null
  current: number
  rotting: number
  rottingDays: number | null
}

export interface Bottlenecks {
  stages: BottleneckStage[]
}

/** The analytics reports by their path under /api/deals/analytics. */
export interface AnalyticsReports {
  forecast: Forecast
  conversion: Conversion
  velocity: Velocity
  reps: Reps
  bottlenecks: Bottlenecks
}
