/** A value shown as a link: an address to write to, a number to call. */
export interface DetailLink {
  href: string
  text: string
}

/** mailto: links for the addresses given (blank ones left out). */
export function mailLinks(...addresses: (string | null | undefined)[]): DetailLink[] {
  return addresses
    .map((address) => address?.trim() ?? '')
    .filter((address) => address !== '')
    .map((address) => ({
      href: `mailto:${encodeURIComponent(address).replace('%40', '@')}`,
      text: address,
    }))
}

const EXTENSION = /\s*(?:ext\.?|x)\s*(\d+)\s*$/i

/**
 * tel: links for the numbers given, shown as written ("+44 20 7946 0000") and dialled without the
 * spaces, dots, dashes and brackets people write between the digits; an extension ("ext. 9") is
 * dialled after the number (RFC 3966 ";ext=9").
 */
export function phoneLinks(...numbers: (string | null | undefined)[]): DetailLink[] {
  return numbers
    .map((number) => number?.trim() ?? '')
    .filter((number) => /\d/.test(number))
    .map((number) => {
      const extension = EXTENSION.exec(number)
      const main = extension ? number.slice(0, extension.index) : number
      const dialled = main.replace(/(?!^\+)[^\d]/g, '')
      return { href: `tel:${dialled}${extension ? `;ext=${extension[1]}` : ''}`, text: number }
    })
}
