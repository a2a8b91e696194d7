using System.Globalization;
using System.Text;
using Shipcheck.Core.Checks.Output;

namespace Shipcheck.Core.Checks.Files;

/// <summary>
/// The POSIX sh script a <c>file</c> step runs on a host, and what its report means. The script prints one line behind
/// the step's marker (<c>M file SIZE MTIME SHA256 FOUND PATH</c>, or <c>M missing PATH</c>, <c>M directory PATH</c>,
/// <c>M error TEXT</c>) and then the file's first 64 KiB, using stat, sha256sum (or shasum), grep and head.
/// </summary>
internal static class FileScript
{
    public const string MarkVariable = "SHIPCHECK_ARG_mark";
    public const string PathVariable = "SHIPCHECK_ARG_path";
    public const string ContainsVariable = "SHIPCHECK_ARG_contains";

    /// <summary>Bytes of report the probe keeps: the first line and the content.</summary>
    public const int ReportLimit = 8192 + FileScan.ContentLimit;

    public const string Text = """
        m=$SHIPCHECK_ARG_mark
        p=$SHIPCHECK_ARG_path
        case $p in "~") p=$HOME ;; "~/"*) p=$HOME/${p#"~/"} ;; esac
        if [ -d "$p" ]; then printf '%s directory %s\n' "$m" "$p"; exit 0; fi
        if [ ! -e "$p" ]; then printf '%s missing %s\n' "$m" "$p"; exit 0; fi
        if [ ! -r "$p" ]; then printf '%s error cannot read %s: permission denied\n' "$m" "$p"; exit 0; fi
        if command -v sha256sum >/dev/null 2>&1; then hash='sha256sum'; elif command -v shasum >/dev/null 2>&1; then hash='shasum -a 256'; else
          printf '%s error the host has neither sha256sum nor shasum\n' "$m"; exit 0; fi
        meta=$(LC_ALL=C stat -L -c '%s %.9Y' -- "$p" 2>&1) || { printf '%s error cannot stat %s: %s\n' "$m" "$p" "$meta"; exit 0; }
        sum=$($hash < "$p" 2>&1) || { printf '%s error cannot read %s: %s\n' "$m" "$p" "$sum"; exit 0; }
        found=0
        if [ -n "${SHIPCHECK_ARG_contains+set}" ]; then
          LC_ALL=C grep -F -q -a -e "$SHIPCHECK_ARG_contains" < "$p" && found=1
        fi
        printf '%s file %s %s %s %s\n' "$m" "$meta" "${sum%% *}" "$found" "$p"
        head -c 65536 < "$p"
        """;

    /// <summary>What the report says: the observations and evidence, or an error.</summary>
    public static ProbeResult Read(ReadOnlySpan<byte> report, string marker, string host, DateTimeOffset now)
    {
        // Lines a login script on the host may print come before the marked one.
        var start = report.IndexOf(Encoding.UTF8.GetBytes(marker + " "));
        var newline = start < 0 ? -1 : report[start..].IndexOf((byte)'\n');
        if (newline < 0)
        {
            return ProbeResult.Failed($"on {host}: the file check reported nothing");
        }
        report = report[(start + marker.Length + 1)..];
        newline -= marker.Length + 1;
        var line = Encoding.UTF8.GetString(report[..newline]);
        var fields = line.Split(' ', 6);
        switch (fields[0])
        {
            case "missing":
                return new ProbeResult(FileObservations.Missing(), $"{host}:{line[8..]} does not exist");
            case "directory":
                return ProbeResult.Failed($"on {host}: {line[10..]} is a directory, not a file");
            case "file" when fields.Length == 6 && Parse(fields) is { } facts:
                var content = Encoding.UTF8.GetString(Utf8Edges.WithoutCutEnd(report[(newline + 1)..]));
                var observations = FileObservations.Present(facts.Size, facts.Modified, fields[3], content, fields[4] == "1", now);
                return new ProbeResult(observations, FileObservations.Evidence($"{host}:{fields[5]}", facts.Size, fields[3], content));
            case "error":
                return ProbeResult.Failed($"on {host}: {line[6..]}");
            default:
                return ProbeResult.Failed($"on {host}: the file check reported '{line}', which Shipcheck does not understand");
        }
    }

    private static (long Size, DateTimeOffset Modified)? Parse(string[] fields) =>
        long.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var size)
        && decimal.TryParse(fields[2], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds)
            ? (size, DateTimeOffset.UnixEpoch.AddTicks((long)(seconds * TimeSpan.TicksPerSecond)))
            : null;
}
