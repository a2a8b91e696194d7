# Writes a deterministic seed-000-like log (collector, archiver, api) of about `target` bytes to stdout:
#   mawk -v target=1073741824 -f generate.awk > app.log
# 40% PUBLISHED, 30% Flushed, 8% WebSocket Connected, 4% ALREADY_IN_SUBSCRIBE warnings, 1% ERROR lines.
BEGIN {
  split("005930 000660 035420 051910 207940 068270 035720 105560", codes, " ")
  total = 0; i = 0
  while (total < target) {
    i++
    s = i % 60; m = int(i / 60) % 60; h = int(i / 3600) % 24
    ts = sprintf("2026-12-01T%02d:%02d:%02d.%03dZ", h, m, s, i % 1000)
    code = codes[(i % 8) + 1]
    k = i % 100
    if (k < 40) line = ts " INFO  [collector] PUBLISHED: ticker.kr." code " price=" (70000 + i % 997) " volume=" (i % 5000)
    else if (k < 70) line = ts " INFO  [archiver] Flushed " (100 + i % 50) " ticks to market_ticks in " (i % 40 + 3) "ms"
    else if (k < 85) line = ts " DEBUG [collector] heartbeat ok seq=" i " latency_ms=" (i % 17)
    else if (k < 93) line = ts " INFO  [collector] WebSocket Connected to wss://ws.example.kr/ticks session=" (i % 10007)
    else if (k < 97) line = ts " WARN  [collector] subscribe " code " returned ALREADY_IN_SUBSCRIBE, ignoring"
    else if (k < 99) line = ts " INFO  [api] GET /health 200 " (i % 9 + 1) "ms"
    else line = ts " ERROR [archiver] insert failed: connection reset by peer (attempt " (i % 3 + 1) ")"
    print line
    total += length(line) + 1
  }
}
