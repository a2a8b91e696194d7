namespace Shipcheck.Core.Git;

/// <summary>What one git call produced.</summary>
/// <param name="Arguments">The arguments after <c>git</c>, for messages.</param>
/// <param name="ExitCode">git's exit code.</param>
/// <param name="Stdout">Standard output, whole up to the limit.</param>
/// <param name="Stderr">Standard error, head and tail.</param>
/// <param name="Stopped">True when cancellation stopped git.</param>
/// <param name="TooLarge">True when standard output passed the limit and is incomplete.</param>
public sealed record GitResult(IReadOnlyList<string> Arguments, int ExitCode, string Stdout, string Stderr, bool Stopped, bool TooLarge)
{
    /// <summary>True when git exited 0 with its whole output kept.</summary>
    public bool Succeeded => ExitCode == 0 && !Stopped && !TooLarge;

    /// <summary>The output's lines, without empty ones.</summary>
    public IReadOnlyList<string> Lines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>"git tag --list failed: fatal: …", for an error message.</summary>
    public string Describe()
    {
        var command = "git " + string.Join(' ', Arguments);
        if (TooLarge)
        {
            return $"{command} printed more than it may keep";
        }
        var said = Stderr.Trim();
        return said.Length == 0 ? $"{command} exited with {ExitCode}" : $"{command} failed: {said}";
    }
}
