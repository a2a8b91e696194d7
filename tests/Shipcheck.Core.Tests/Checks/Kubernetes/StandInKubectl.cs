using System.Diagnostics;
using System.Globalization;

namespace Shipcheck.Core.Tests.Checks.Kubernetes;

/// <summary>
/// A stand-in for kubectl. No Kubernetes cluster can run on the machines these tests run on, so nothing here talks to a
/// real one: this bash script takes kubectl's place (on PATH, or through the step's <c>kubectl:</c> option), records
/// the arguments of every call, and replays what the test told it to: output captured in the formats real kubectl
/// prints (<c>Fixtures/*.json</c> for <c>-o json</c>, kubectl's own stderr wording for its errors).
/// </summary>
/// <remarks>
/// Replies are per command (the first two words that are not flags: <c>get deployment</c>, <c>rollout undo</c>),
/// given in order; the last one repeats. A command with no reply exits 64 and says so on stderr.
/// </remarks>
public sealed class StandInKubectl : IDisposable
{
    private const string Script = """
        #!/usr/bin/env bash
        # A stand-in for kubectl: no Kubernetes cluster can run where Shipcheck's tests run. It records its arguments
        # and replays the replies a test wrote into replies/, in the formats real kubectl prints.
        here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
        { printf '%s\x1f' "$@"; printf '\n'; } >> "$here/calls.log"
        words=(); skip=0
        for arg in "$@"; do
          if (( skip )); then skip=0; continue; fi
          case "$arg" in
            --context|--namespace|-n|--kubeconfig|--request-timeout|-l|--selector|-o|--output|-f|--filename) skip=1 ;;
            -*) ;;
            *) words+=("$arg") ;;
          esac
        done
        dir="$here/replies/${words[0]:-none}-${words[1]:-none}"
        if [[ ! -d "$dir" ]]; then echo "error: the stand-in kubectl has no reply for: $*" >&2; exit 64; fi
        count=$(( $(cat "$dir/count" 2>/dev/null || echo 0) + 1 )); echo "$count" > "$dir/count"
        last=$(cat "$dir/last"); n=$(( count < last ? count : last ))
        if [[ -e "$dir/$n.hang" ]]; then
          echo $$ > "$here/hanging.pid"
          sleep 600 & echo $! > "$here/sleep.pid"
          wait
        fi
        [[ -e "$dir/$n.err" ]] && cat "$dir/$n.err" >&2
        [[ -e "$dir/$n.out" ]] && cat "$dir/$n.out"
        exit "$(cat "$dir/$n.exit")"
        """;

    /// <summary>Writes the script into a fresh temp folder.</summary>
    public StandInKubectl()
    {
        Folder = Directory.CreateTempSubdirectory("shipcheck-kubectl-").FullName;
        File.WriteAllText(Program, Script.ReplaceLineEndings("\n") + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Program, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    /// <summary>The folder holding the script (put it first on PATH to stand in for kubectl there).</summary>
    public string Folder { get; }

    /// <summary>The script's full path.</summary>
    public string Program => Path.Combine(Folder, "kubectl");

    /// <summary>The pid of a call that hangs and of the sleep it waits on, once it has started.</summary>
    public IReadOnlyList<int> HangingPids => [.. new[] { "hanging.pid", "sleep.pid" }
        .Select(f => Path.Combine(Folder, f)).Where(File.Exists)
        .Select(f => int.Parse(File.ReadAllText(f).Trim(), CultureInfo.InvariantCulture))];

    /// <summary>Sets the replies to <paramref name="command"/> (<c>get deployment</c>), in order; the last repeats.</summary>
    public StandInKubectl Reply(string command, params KubectlReply[] replies)
    {
        var dir = Path.Combine(Folder, "replies", command.Replace(' ', '-'));
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }
        Directory.CreateDirectory(dir);
        for (var i = 0; i < replies.Length; i++)
        {
            var n = (i + 1).ToString(CultureInfo.InvariantCulture);
            File.WriteAllText(Path.Combine(dir, n + ".out"), replies[i].Stdout);
            File.WriteAllText(Path.Combine(dir, n + ".err"), replies[i].Stderr);
            File.WriteAllText(Path.Combine(dir, n + ".exit"), replies[i].ExitCode.ToString(CultureInfo.InvariantCulture));
            if (replies[i].Hang)
            {
                File.WriteAllText(Path.Combine(dir, n + ".hang"), "");
            }
        }
        File.WriteAllText(Path.Combine(dir, "last"), replies.Length.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>Every call so far, each as its list of arguments.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Calls
    {
        get
        {
            var log = Path.Combine(Folder, "calls.log");
            return File.Exists(log)
                ? [.. File.ReadAllLines(log).Select(line => (IReadOnlyList<string>)line.Split('\x1f')[..^1])]
                : [];
        }
    }

    /// <summary>The text of a captured output in Fixtures/ (embedded in the test assembly).</summary>
    public static string Fixture(string name)
    {
        using var stream = typeof(StandInKubectl).Assembly.GetManifestResourceStream("kubectl-fixtures/" + name)
            ?? throw new InvalidOperationException($"no fixture {name}: is Fixtures/{name} embedded by the project file?");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Ends a call left hanging (by pid) and deletes the folder.</summary>
    public void Dispose()
    {
        foreach (var pid in HangingPids)
        {
            try
            {
                using var process = Process.GetProcessById(pid);
                process.Kill();
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // Gone already, as it should be.
            }
        }
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A process that could not be stopped may still hold a file; the OS cleans temp eventually.
        }
    }
}

/// <summary>One reply of the stand-in kubectl.</summary>
/// <param name="Stdout">What it prints on stdout.</param>
/// <param name="Stderr">What it prints on stderr.</param>
/// <param name="ExitCode">Its exit code.</param>
/// <param name="Hang">True to hang (sleep) until killed, as kubectl does when the API server never answers.</param>
public sealed record KubectlReply(string Stdout = "", string Stderr = "", int ExitCode = 0, bool Hang = false)
{
    /// <summary>Prints a captured fixture, as <c>kubectl get ... -o json</c> does, and exits 0.</summary>
    public static KubectlReply Json(string fixture) => new(StandInKubectl.Fixture(fixture));

    /// <summary>Fails as kubectl does: its message on stderr, exit 1.</summary>
    public static KubectlReply Error(string stderr) => new(Stderr: stderr, ExitCode: 1);

    /// <summary>Never answers.</summary>
    public static KubectlReply Hanging { get; } = new(Hang: true);
}
