import { ref, watch, type Ref } from 'vue'

/** The currency a money chart shows: the one with most money, until the user picks another. */
export function useCurrencyChoice(currencies: Readonly<Ref<readonly string[]>>): Ref<string> {
  const currency = ref(currencies.value[0] ?? '')
  watch(currencies, (available) => {
    if (!available.includes(currency.value)) currency.value = available[0] ?? ''
  })
  return currency
}
