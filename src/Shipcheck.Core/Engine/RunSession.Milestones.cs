namespace Shipcheck.Core.Engine;

internal sealed partial class RunSession
{
    /// <summary>Announces that canary stage <paramref name="stage"/> was promoted.</summary>
    public void StagePromoted(string stage, string? detail = null) => Raise(new StagePromoted(stage, detail));

    /// <summary>Announces that the run waits at <paramref name="point"/> for the <paramref name="missing"/> roles.</summary>
    public void WaitingForSignoff(string point, IReadOnlyList<string> missing, TimeSpan? waitsUpTo = null, string? message = null) =>
        Raise(new WaitingForSignoff(point, missing, waitsUpTo, message));
}
