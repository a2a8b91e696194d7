namespace Shipcheck.Core.Checks.Logs;

/// <summary>
/// The POSIX sh script a <c>logs</c> step runs on a host. It expands the paths and globs there, orders the files by
/// last write time (stat, sort), and streams each one (or, for <c>tail</c> without <c>since</c>, only its last lines)
/// between marker lines: <c>M files N</c>, <c>M file FIRST_LINE_NUMBER PATH</c>, the file's bytes, <c>\nM end</c>; or
/// <c>M directory PATH</c> / <c>M unreadable PATH</c>. Nothing is held in memory on either side.
/// </summary>
internal static class LogsScript
{
    public const string MarkVariable = "SHIPCHECK_ARG_mark";
    public const string PathsVariable = "SHIPCHECK_ARG_paths";
    public const string TailVariable = "SHIPCHECK_ARG_tail";

    public const string Text = """
        m=$SHIPCHECK_ARG_mark
        tail=$SHIPCHECK_ARG_tail
        tab=$(printf '\t')
        nl='
        '
        found=
        set -f
        IFS=$nl
        for p in $SHIPCHECK_ARG_paths; do
          case $p in "~") p=$HOME ;; "~/"*) p=$HOME/${p#"~/"} ;; esac
          name=${p##*/}
          case $p in */*) pre=${p%/*}/ ;; *) pre= ;; esac
          case $name in
            *[*?]*)
              set +f
              set -- "$pre"$name
              set -f
              for f in "$@"; do [ -f "$f" ] && found=$found$f$nl; done ;;
            *)
              if [ -d "$p" ]; then printf '%s directory %s\n' "$m" "$p"; exit 0; fi
              if [ -f "$p" ]; then found=$found$p$nl; fi ;;
          esac
        done
        unset IFS
        if [ -z "$found" ]; then printf '%s files 0\n' "$m"; exit 0; fi
        sorted=$(printf '%s' "$found" | while IFS= read -r f; do LC_ALL=C stat -L -c "%.9Y$tab%n" -- "$f"; done | LC_ALL=C sort -t "$tab" -k1,1n -k2 -u)
        printf '%s files %s\n' "$m" "$(printf '%s\n' "$sorted" | wc -l | tr -d ' ')"
        printf '%s\n' "$sorted" | while IFS=$tab read -r when f; do
          if [ ! -r "$f" ]; then printf '%s unreadable %s\n' "$m" "$f"; exit 0; fi
          if [ -n "$tail" ]; then
            total=$(wc -l < "$f")
            if [ -s "$f" ] && [ "$(tail -c 1 -- "$f" | wc -l)" -eq 0 ]; then total=$((total + 1)); fi
            first=$((total - tail + 1)); [ "$first" -ge 1 ] || first=1
            printf '%s file %s %s\n' "$m" "$first" "$f"
            tail -n "$tail" -- "$f"
          else
            size=$(wc -c < "$f")
            printf '%s file 1 %s\n' "$m" "$f"
            head -c "$size" -- "$f"
          fi
          printf '\n%s end\n' "$m"
        done
        """;

    /// <summary>
    /// A path as the host's shell should expand it: a <c>[</c> in a file name pattern is literal, as it is for the
    /// patterns here (only <c>*</c> and <c>?</c> are wildcards).
    /// </summary>
    public static string ForHost(string path)
    {
        var slash = path.LastIndexOf('/');
        var name = path[(slash + 1)..];
        return name.IndexOfAny(['*', '?']) < 0 ? path : path[..(slash + 1)] + name.Replace("[", "[[]", StringComparison.Ordinal);
    }
}
