-- wrk script for bench/contacts.sh: BENCH_SCENARIO = get (a random contact by id), list (first page),
-- owner (first page of one owner's contacts), filter (a tag, sorted by last name), search (first page
-- of q: names, prefixes, accents, typos, emails, several words, a company)
local token = os.getenv("BENCH_TOKEN")
local tenant = os.getenv("BENCH_TENANT")
local scenario = os.getenv("BENCH_SCENARIO") or "get"
local owner = os.getenv("BENCH_OWNER")
local ids = {}
for line in io.lines(os.getenv("BENCH_IDS")) do ids[#ids + 1] = line end

-- what people type: a last name, a first-name prefix, no accents for accented names, a typo, an email part
local queries = { "lovelace", "turing", "hopp", "gra", "muller", "garcia", "zoe", "lovelce", "torvlads",
                  "ada.lovelace", "mail-42", "dijkstra", "van%20rossum", "lefevre", "ada%20lovelace", "company-4242",
                  "jonh", "grace%20hopper%20vip", "linus%20torv" }

wrk.headers["Authorization"] = "Bearer " .. token
wrk.headers["X-Tenant"] = tenant

dofile("think.lua")

function request()
  local path
  if scenario == "get" then
    path = "/api/contacts/" .. ids[math.random(#ids)]
  elseif scenario == "search" then
    path = "/api/contacts?limit=25&q=" .. queries[math.random(#queries)]
  elseif scenario == "filter" then
    path = "/api/contacts?limit=25&tag=vip&sort=lastName"
  elseif scenario == "owner" then
    path = "/api/contacts?limit=25&ownerId=" .. owner
  else
    path = "/api/contacts?limit=25"
  end
  return wrk.format("GET", path)
end

-- prints one line of figures, the same in every scenario (wrk runs from bench/)
dofile("report.lua")
