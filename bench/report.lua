-- The one-line report of every wrk scenario here: requests, errors, throughput and latency percentiles.
function done(summary, latency, requests)
  io.write(string.format("requests=%d errors(non2xx+socket)=%d rps=%.0f p50=%.2fms p90=%.2fms p99=%.2fms max=%.2fms\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
