-- Interactive clients: BENCH_THINK_MS (ms, varied ±50 %) between a client's requests; 0 = closed loop.
local think = tonumber(os.getenv("BENCH_THINK_MS") or "0")
if think > 0 then
  function delay()
    return math.random(think / 2, think * 3 / 2)
  end
end
