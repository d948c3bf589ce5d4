/** The formats the contact-service accepts (TextFormats.java, FieldKind.java), checked here first. */

/** Digits with the usual separators, an optional leading + and an extension: "+1 (555) 010-9999 x12". */
export const PHONE_PATTERN = /^\s*\+?[0-9][0-9 ()./-]{1,30}(\s*(x|ext\.?)\s*[0-9]{1,6})?\s*$/

const EMAIL_PATTERN = /^[^@\s]{1,64}@[^@\s]+\.[^@\s]+$/
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/

export function isEmail(value: string): boolean {
  return value.length <= 254 && EMAIL_PATTERN.test(value)
}

export function isPhone(value: string): boolean {
  return PHONE_PATTERN.test(value)
}

/** An absolute http or https address with a host. */
export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== ''
  } catch {
    return false
  }
}

export function isDate(value: string): boolean {
  if (!DATE_PATTERN.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
}

/** A finite number as typed by a person ("1200", "-3.5", "1e3"); '' is not a number. */
export function parseNumber(value: string): number | null {
  const text = value.trim()
  if (text === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) return null
  const number = Number(text)
  return Number.isFinite(number) ? number : null
}
