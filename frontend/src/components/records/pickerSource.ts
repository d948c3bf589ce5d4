/** Where a `RecordPicker` finds its records and how it names them. */
export interface PickerSource<T extends { id: string }> {
  placeholder: string
  /** "No matching company." */
  noMatch: string
  /** "Companies could not be loaded." */
  failure: string
  /** Up to ten matches for the text typed ('' for any). */
  search: (q: string, signal: AbortSignal) => Promise<T[]>
  fetchOne: (id: string) => Promise<T>
  nameOf: (record: T) => string
  detailOf: (record: T) => string | null
}
