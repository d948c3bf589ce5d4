import { describe, expect, it } from 'vitest'
import {
  activeFilterCount,
  nextSort,
  parseListQuery,
  sameQuery,
  sortDirection,
  toApiParams,
  toRouteQuery,
  type ListQuerySpec,
} from './listQuery'

const spec: ListQuerySpec = {
  filters: ['ownerId', 'companyId', 'tag', 'createdAfter', 'createdBefore'],
  repeatable: ['tag'],
  sortFields: ['createdAt', 'lastName', 'email'],
}

describe('list query in the URL', () => {
  it('reads search, sort, filters and custom field filters from a shared link', () => {
    const query = parseListQuery(
      {
        q: 'ada',
        sort: '-lastName',
        tag: ['vip', 'berlin'],
        ownerId: 'u-1',
        'cf.budget.min': '1000',
        'cf.tier': 'gold',
        createdAfter: '2026-01-01',
      },
      spec,
    )
    expect(query).toEqual({
      q: 'ada',
      sort: '-lastName',
      filters: {
        tag: ['vip', 'berlin'],
        ownerId: 'u-1',
        'cf.budget.min': '1000',
        'cf.tier': 'gold',
        createdAfter: '2026-01-01',
      },
    })
  })

  it('ignores unknown parameters, blanks and sorts the server would refuse', () => {
    const query = parseListQuery(
      { sort: 'password', utm_source: 'mail', ownerId: '  ', 'cf.Bad-Key': 'x', tag: 'vip' },
      spec,
    )
    expect(query).toEqual({ q: '', sort: '', filters: { tag: ['vip'] } })
    expect(parseListQuery({ sort: '-cf.budget' }, spec).sort).toBe('-cf.budget')
  })

  it('writes only what is set, so that a plain list has a plain URL', () => {
    expect(toRouteQuery({ q: '', sort: '', filters: { ownerId: '', tag: [] } })).toEqual({})
    expect(
      toRouteQuery({ q: 'ada', sort: 'email', filters: { tag: ['vip', ' '], 'cf.tier': 'gold' } }),
    ).toEqual({ q: 'ada', sort: 'email', tag: ['vip'], 'cf.tier': 'gold' })
  })

  it('survives a round trip through the URL unchanged', () => {
    const original = {
      q: 'müller',
      sort: '-createdAt',
      filters: { companyId: 'c-1', tag: ['a', 'b'], 'cf.vip': 'true' },
    }
    expect(parseListQuery(toRouteQuery(original) as never, spec)).toEqual(original)
  })

  it('does not send a search of one character to the server', () => {
    expect(toApiParams({ q: 'a', sort: '', filters: {} })).toEqual({})
    expect(toApiParams({ q: ' ad ', sort: 'email', filters: { tag: ['x'] } })).toEqual({
      q: 'ad',
      sort: 'email',
      tag: ['x'],
    })
  })

  it('compares queries regardless of key order', () => {
    expect(sameQuery({ a: '1', b: ['2'] }, { b: ['2'], a: '1' })).toBe(true)
    expect(sameQuery({ a: '1' }, { a: '2' })).toBe(false)
  })

  it('counts active filters', () => {
    expect(activeFilterCount({ q: 'x', sort: '', filters: { tag: [], ownerId: 'u' } })).toBe(1)
  })
})

describe('column sort', () => {
  it('cycles ascending, descending, default', () => {
    expect(nextSort('', 'email')).toBe('email')
    expect(nextSort('email', 'email')).toBe('-email')
    expect(nextSort('-email', 'email')).toBe('')
    expect(nextSort('-createdAt', 'email')).toBe('email')
  })

  it('tells aria-sort for each column', () => {
    expect(sortDirection('-email', 'email')).toBe('descending')
    expect(sortDirection('email', 'email')).toBe('ascending')
    expect(sortDirection('email', 'lastName')).toBe('none')
  })
})
