import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { aDeal, aStage } from '@/testing/deals'
import CloseDealButtons from './CloseDealButtons.vue'

const won = aStage('won', { name: 'Closed Won', outcome: 'WON' })
const lost = aStage('lost', { name: 'Closed Lost', outcome: 'LOST' })
const lead = aStage('lead', { name: 'Lead', allowedNextStageIds: ['lost'] })
const open = aStage('open', { name: 'Negotiation' })

function buttons(stageId: string, status: 'OPEN' | 'WON' | 'LOST' = 'OPEN') {
  return mount(CloseDealButtons, {
    props: { deal: aDeal('d1', { stageId, status }), stages: [lead, open, won, lost], busy: false },
  })
}

describe('CloseDealButtons', () => {
  it('moves the deal to its pipeline’s won or lost stage', async () => {
    const wrapper = buttons('open')
    const [wonButton, lostButton] = wrapper.findAll('button')
    await wonButton!.trigger('click')
    await lostButton!.trigger('click')
    expect(wrapper.emitted('close')).toEqual([[won], [lost]])
  })

  it('disables a close the stage rules forbid, and says why', () => {
    const wrapper = buttons('lead')
    const wonButton = wrapper.findAll('button').find((button) => button.text() === 'Won')
    expect(wonButton?.attributes('disabled')).toBeDefined()
    expect(wrapper.text()).toContain('Closed Won: not from Lead.')
  })

  it('offers only the other outcome for a closed deal', () => {
    expect(
      buttons('won', 'WON')
        .findAll('button')
        .map((button) => button.text()),
    ).toEqual(['Lost'])
  })
})
