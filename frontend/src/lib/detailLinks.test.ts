import { describe, expect, it } from 'vitest'
import { mailLinks, phoneLinks } from './detailLinks'

describe('detail links', () => {
  it('writes to each address, leaving blanks out', () => {
    expect(mailLinks('ada@example.com', '', null, 'zoë+crm@müller.example')).toEqual([
      { href: 'mailto:ada@example.com', text: 'ada@example.com' },
      { href: 'mailto:zo%C3%AB%2Bcrm@m%C3%BCller.example', text: 'zoë+crm@müller.example' },
    ])
  })

  it('dials the digits of a number as people write it', () => {
    expect(phoneLinks('+44 20 7946 0000', '(030) 123-45.67 ext. 9', '  ', 'n/a')).toEqual([
      { href: 'tel:+442079460000', text: '+44 20 7946 0000' },
      { href: 'tel:0301234567;ext=9', text: '(030) 123-45.67 ext. 9' },
    ])
  })
})
