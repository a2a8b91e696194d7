using System.Globalization;

namespace Shipcheck.Core.Checks.Processes;

/// <summary>
/// The POSIX sh script a <c>process</c> step runs on a host: it finds the process by pid file, name (ps, or /proc
/// where ps is missing), unit (systemctl) or pid, and prints /proc's own lines for each match, which are read here with
/// the same parser as this machine's. Its own processes (its session and the session ssh started) never match.
/// </summary>
internal static class ProcessScript
{
    public const string ModeVariable = "SHIPCHECK_ARG_mode";
    public const string TargetVariable = "SHIPCHECK_ARG_target";

    /// <summary>Bytes of report kept: enough for thousands of matching processes.</summary>
    public const int ReportLimit = 4 * 1024 * 1024;

    public const string Text = """
        [ -r /proc/self/stat ] || { echo noproc; exit 0; }
        sid() { s=; read -r s < "/proc/$1/stat" 2>/dev/null || return 0; s=${s##*) }; set -- $s; echo "$4"; }
        emit() {
          st=; read -r st 2>/dev/null < "/proc/$1/stat" || return 0
          rss=0
          while read -r key value unit; do [ "$key" = VmRSS: ] && rss=$value; done 2>/dev/null < "/proc/$1/status"
          printf 'proc %s %s %s\n' "$1" "$rss" "$st"
        }
        listing() {
          if command -v ps >/dev/null 2>&1; then ps -e -o pid= -o args=; else
            for d in /proc/[0-9]*; do printf '%s %s\n' "${d#/proc/}" "$(tr '\0' ' ' < "$d/cmdline" 2>/dev/null)"; done
          fi
        }
        t=$SHIPCHECK_ARG_target
        printf 'ticks %s\n' "$(getconf CLK_TCK 2>/dev/null || echo 100)"
        read -r up rest < /proc/uptime; printf 'uptime %s\n' "$up"
        case $SHIPCHECK_ARG_mode in
          pid) emit "$t" ;;
          pid_file)
            case $t in "~") t=$HOME ;; "~/"*) t=$HOME/${t#"~/"} ;; esac
            if [ ! -e "$t" ]; then printf 'pidfile-missing %s\n' "$t"; exit 0; fi
            text=$(head -c 200 < "$t" 2>&1) || { printf 'error cannot read pid file %s: %s\n' "$t" "$text"; exit 0; }
            printf 'pidfile %s\n' "$t"; printf 'pidtext %s\n' "$text" | tr '\n\r\t' '   '; echo
            case $text in *[!0-9[:space:]]*|'') ;; *) emit $text ;; esac ;;
          unit)
            if [ ! -d /run/systemd/system ] || ! command -v systemctl >/dev/null 2>&1; then echo nosystemd; exit 0; fi
            shown=$(systemctl show "$t" -p ActiveState,MainPID --no-pager 2>&1) || { printf 'error systemctl show %s failed: %s\n' "$t" "$shown" | tr '\n' ' '; echo; exit 0; }
            printf '%s\n' "$shown" | sed 's/^/systemd /'
            main=$(printf '%s\n' "$shown" | sed -n 's/^MainPID=//p')
            [ "${main:-0}" -gt 0 ] 2>/dev/null && emit "$main" ;;
          name)
            mine=" $(sid $$) $(sid $PPID) "
            listing | while read -r p args; do
              comm=; read -r comm 2>/dev/null < "/proc/$p/comm"
              case $args in *"$t"*) hit=1 ;; *) hit=0 ;; esac
              [ "$comm" = "$t" ] && hit=1
              [ $hit = 1 ] || continue
              case $mine in *" $(sid "$p") "*) continue ;; esac
              emit "$p"
            done ;;
        esac
        """;

    /// <summary>What the report says, for the mode the script ran in.</summary>
    public static ProcessLookup Read(string report, string mode, string target, string host)
    {
        var lines = report.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var error = lines.Contains("noproc") ? ProcessFinder.NoProc
            : lines.Contains("nosystemd") ? SystemdUnit.NotRunning
            : Field(lines, "error ")?.Trim();
        if (error is not null)
        {
            return ProcessLookup.Failed($"on {host}: {error}");
        }
        var ticks = Number(lines, "ticks ") is { } t && t > 0 ? t : ProcFs.TicksPerSecond;
        var uptime = Number(lines, "uptime ") ?? 0;
        var samples = new Dictionary<int, ProcessSample>();
        foreach (var line in lines.Where(l => l.StartsWith("proc ", StringComparison.Ordinal)))
        {
            var fields = line.Split(' ', 4);
            if (fields.Length == 4 && int.TryParse(fields[1], CultureInfo.InvariantCulture, out var pid) && long.TryParse(fields[2], CultureInfo.InvariantCulture, out var rssKb)
                && ProcFs.Parse(pid, fields[3], rssKb * 1024, uptime, ticks) is { } sample)
            {
                samples[pid] = sample;
            }
        }
        ProcessSample? Sample(int pid) => samples.GetValueOrDefault(pid);
        var pidFile = Field(lines, "pidfile ") ?? Field(lines, "pidfile-missing ") ?? target;
        var lookup = mode switch
        {
            "pid_file" when Field(lines, "pidfile-missing ") is not null => ProcessLookups.PidFileMissing(pidFile),
            "pid_file" => ProcessLookups.FromPidFile(pidFile, Field(lines, "pidtext ") ?? "", Sample),
            "unit" => ProcessLookups.FromUnit(target, SystemdUnit.Parse(string.Join('\n', lines.Where(l => l.StartsWith("systemd ", StringComparison.Ordinal)).Select(l => l[8..]))), Sample),
            "pid" => ProcessLookups.Single(int.Parse(target, CultureInfo.InvariantCulture), $"pid {target}", Sample),
            _ => ProcessLookups.ByName(target, samples.Values),
        };
        return lookup.Error is null ? lookup with { Why = $"on {host}: {lookup.Why}" } : lookup with { Error = $"on {host}: {lookup.Error}" };
    }

    private static string? Field(string[] lines, string prefix) =>
        lines.FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal)) is { } line ? line[prefix.Length..] : null;

    private static double? Number(string[] lines, string prefix) =>
        double.TryParse(Field(lines, prefix), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}
