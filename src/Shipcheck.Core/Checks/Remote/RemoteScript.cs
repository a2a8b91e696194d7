using System.Text;
using Shipcheck.Core.Checklists;

namespace Shipcheck.Core.Checks.Remote;

/// <summary>
/// The script a remote step sends to <c>sh -s</c> on the host. It exports the job's variables, starts the command as
/// the leader of its own process group (setsid) with its text read from a variable rather than the command line, and
/// reports the command's exit status on standard error behind a marker only this run knows.
/// </summary>
/// <remarks>
/// Without a terminal, sshd sends no SIGHUP when the connection goes, so a command would outlive a timed-out step. The
/// script therefore keeps ssh's standard input as a watchdog: the runner never writes to it after the script, so it
/// reads end-of-file exactly when the runner closes it or the connection dies, and then stops the command's whole
/// process group (SIGTERM, SIGKILL two seconds later). The whole script is one function, so the shell has read all
/// of it before the watchdog starts reading the same input.
/// </remarks>
internal static class RemoteScript
{
    private const string Body = """
        __shipcheck_fail() { printf '%s:error:%s\n' "$__shipcheck_m" "$1" >&2; exit 1; }
        if [ -n "$__shipcheck_dir" ]; then
          case $__shipcheck_dir in "~") __shipcheck_dir=$HOME ;; "~/"*) __shipcheck_dir=$HOME/${__shipcheck_dir#"~/"} ;; esac
          cd -- "$__shipcheck_dir" 2>/dev/null || __shipcheck_fail "the working directory $__shipcheck_dir does not exist on the host or cannot be entered"
        fi
        if [ -z "$__shipcheck_sh" ]; then
          if command -v bash >/dev/null 2>&1; then __shipcheck_sh=bash; else __shipcheck_sh=sh; fi
        fi
        command -v "$__shipcheck_sh" >/dev/null 2>&1 || __shipcheck_fail "the shell '$__shipcheck_sh' is not on the host's PATH"
        __shipcheck_setsid=
        if command -v setsid >/dev/null 2>&1; then __shipcheck_setsid=setsid; fi
        SHIPCHECK_COMMAND=$__shipcheck_command $__shipcheck_setsid "$__shipcheck_sh" -c 'eval "unset SHIPCHECK_COMMAND
        $SHIPCHECK_COMMAND"' 3<&- &
        __shipcheck_job=$!
        (
          while IFS= read -r __shipcheck_line; do :; done <&3
          trap '' TERM
          kill -TERM -"$__shipcheck_job" 2>/dev/null || kill -TERM "$__shipcheck_job" 2>/dev/null
          sleep 2
          kill -KILL -"$__shipcheck_job" 2>/dev/null || kill -KILL "$__shipcheck_job" 2>/dev/null
        ) >/dev/null 2>&1 &
        __shipcheck_dog=$!
        wait "$__shipcheck_job" 2>/dev/null
        __shipcheck_status=$?
        kill "$__shipcheck_dog" 2>/dev/null
        printf '%s:exit:%s\n' "$__shipcheck_m" "$__shipcheck_status" >&2
        exit "$__shipcheck_status"
        """;

    /// <summary>The script for <paramref name="job"/>, reporting behind <paramref name="marker"/>.</summary>
    /// <exception cref="ArgumentException">A value holds a NUL character, which no shell variable can.</exception>
    public static string For(RemoteJob job, string marker)
    {
        var script = new StringBuilder();
        script.Append("__shipcheck() {\n");
        script.Append("exec 3<&0 0</dev/null\n");
        Assign(script, "__shipcheck_m", marker);
        foreach (var (name, value) in job.Exports)
        {
            if (!Template.IsName(name))
            {
                throw new ArgumentException($"'{name}' is not a valid environment variable name", nameof(job));
            }
            Assign(script, name, value);
            script.Append("export ").Append(name).Append('\n');
        }
        Assign(script, "__shipcheck_dir", job.WorkingDirectory ?? "");
        Assign(script, "__shipcheck_sh", job.Shell ?? "");
        Assign(script, "__shipcheck_command", job.Command);
        script.Append(Body).Append('\n');
        script.Append("}\n__shipcheck\n");
        return script.ToString();
    }

    private static void Assign(StringBuilder script, string name, string value)
    {
        if (value.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException($"the value of {name} holds a NUL character, which a shell variable cannot", nameof(value));
        }
        script.Append(name).Append('=').Append(ShellQuoting.Quote(value)).Append('\n');
    }
}
