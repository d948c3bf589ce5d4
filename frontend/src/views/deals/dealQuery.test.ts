import { describe, expect, it } from 'vitest'
import { parseListQuery, toApiParams } from '@/lib/listQuery'
import { DEAL_LIST } from './dealQuery'

describe('the deal list query', () => {
  it('reads search and filters from the URL under the API’s names, and nothing else', () => {
    const query = parseListQuery(
      {
        q: 'zoe',
        pipelineId: 'p1',
        stageId: 's1',
        ownerId: 'u1',
        status: 'WON',
        sort: 'name',
        x: '1',
      },
      DEAL_LIST,
    )
    expect(toApiParams(query)).toEqual({
      q: 'zoe',
      pipelineId: 'p1',
      stageId: 's1',
      ownerId: 'u1',
      status: 'WON',
    })
  })
})
