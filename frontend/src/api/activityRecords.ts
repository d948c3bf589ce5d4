// Shapes of the communication-service's activities (emails, calls, meetings, notes, tasks); keep
// them in step with docs/api/activities.md.

export type ActivityType = 'EMAIL' | 'CALL' | 'MEETING' | 'NOTE' | 'TASK'

export const ACTIVITY_TYPES: readonly ActivityType[] = ['EMAIL', 'CALL', 'MEETING', 'NOTE', 'TASK']

/**
 * What a timeline entry is: `SYSTEM`, history the platform recorded of an event ("Contact created",
 * "Moved from Lead to Qualified"); `LOGGED`, people's activity and every task (work is never hidden
 * with the history).
 */
export type ActivityKind = 'SYSTEM' | 'LOGGED'

export type CallDirection = 'INBOUND' | 'OUTBOUND'
export type TaskPriority = 'LOW' | 'NORMAL' | 'HIGH'
export type TaskStatus = 'OPEN' | 'DONE'

/** Which of the signed-in member's open tasks: past due, or due today (the UTC day). */
export type TaskDue = 'OVERDUE' | 'TODAY'

/** An activity as the API returns it; the fields of other types than its own are null. */
export interface Activity {
  id: string
  type: ActivityType
  subject: string | null
  body: string | null
  /** Where it sits on the timeline (newest first); defaults to when it was logged. */
  occurredAt: string
  contactId: string | null
  companyId: string | null
  dealId: string | null
  /** Calls. */
  direction: CallDirection | null
  /** Calls: 0 to 86,400. */
  durationSeconds: number | null
  /** Calls and meetings. */
  outcome: string | null
  /** Meetings. */
  startsAt: string | null
  endsAt: string | null
  attendees: string[]
  /** Tasks. */
  dueAt: string | null
  assigneeId: string | null
  priority: TaskPriority | null
  status: TaskStatus | null
  completedAt: string | null
  /** An open task past its due time. */
  overdue: boolean
  /**
   * The event the platform recorded it from (`deal.stage_changed`, ...), null when a member logged
   * it. Recorded notes are history: changing or deleting them is a 409 `RECORDED_BY_PLATFORM`.
   */
  source: string | null
  kind: ActivityKind
  /** The email an EMAIL activity shows, when it was sent or received through the platform. */
  emailId: string | null
  ownerId: string | null
  createdBy: string | null
  updatedBy: string | null
  createdAt: string
  updatedAt: string
  version: number
}

/** The record whose timeline it is: exactly one of a contact, a company or a deal. */
export type TimelineOf = { contactId: string } | { companyId: string } | { dealId: string }

/** What a client writes of an activity (POST); only the fields of its type may be set. */
export interface ActivityInput {
  type: ActivityType
  subject?: string | null
  body?: string | null
  occurredAt?: string | null
  contactId?: string | null
  companyId?: string | null
  dealId?: string | null
  direction?: CallDirection | null
  durationSeconds?: number | null
  outcome?: string | null
  startsAt?: string | null
  endsAt?: string | null
  attendees?: string[]
  dueAt?: string | null
  assigneeId?: string | null
  priority?: TaskPriority | null
  status?: TaskStatus | null
  ownerId?: string | null
}

/** A JSON merge patch of an activity: only the properties named change; its type never does. */
export type ActivityPatch = Partial<Omit<ActivityInput, 'type'>> & { version?: number }

export interface TimelineParams {
  /** Only these types; none: every type. */
  type?: readonly ActivityType[]
  /** Only these kinds; none: both. */
  kind?: readonly ActivityKind[]
  limit?: number
  cursor?: string | null
}

/** A member's calendar over the days [from, to) of `zone` (IANA; UTC when not given). */
export interface CalendarParams {
  /** YYYY-MM-DD, the first day shown. */
  from: string
  /** YYYY-MM-DD, the day after the last one shown (at most 31 days after `from`). */
  to: string
  zone?: string
  /** Another member's calendar (admins and managers); the signed-in member's when left out. */
  assigneeId?: string
}

/** Tasks by due time, meetings by start, calls by time; `truncated` when the range held more. */
export interface ActivityCalendar {
  from: string
  to: string
  zone: string
  items: Activity[]
  truncated: boolean
}

export interface MyTasksParams {
  /** None: every open task. */
  due?: TaskDue
  limit?: number
  cursor?: string | null
}
