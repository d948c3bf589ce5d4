import {
  AxiosError,
  AxiosHeaders,
  type AxiosResponse,
  type InternalAxiosRequestConfig,
} from 'axios'

/** Builds what an Axios adapter answers: a response for 2xx, a rejected AxiosError otherwise. */
export function reply<T>(
  config: InternalAxiosRequestConfig,
  status: number,
  data?: T,
  headers: Record<string, string> = {},
): Promise<AxiosResponse<T>> {
  const response: AxiosResponse<T> = {
    data: data as T,
    status,
    statusText: String(status),
    headers: new AxiosHeaders(headers),
    config,
  }
  if (status >= 200 && status < 300) return Promise.resolve(response)
  return Promise.reject(
    new AxiosError(
      `Request failed with status code ${status}`,
      'ERR_BAD_RESPONSE',
      config,
      {},
      response,
    ),
  )
}

/** The AxiosError a request gets when no response arrives. */
export function networkError(config?: InternalAxiosRequestConfig): AxiosError {
  return new AxiosError('Network Error', 'ERR_NETWORK', config, {})
}

/** An AxiosError as a failed request with the given status and body would produce. */
export function responseError(
  status: number,
  data?: unknown,
  headers: Record<string, string> = {},
): AxiosError {
  const config = { headers: new AxiosHeaders() } as InternalAxiosRequestConfig
  const response: AxiosResponse = {
    data,
    status,
    statusText: String(status),
    headers: new AxiosHeaders(headers),
    config,
  }
  return new AxiosError(
    `Request failed with status code ${status}`,
    'ERR_BAD_RESPONSE',
    config,
    {},
    response,
  )
}
