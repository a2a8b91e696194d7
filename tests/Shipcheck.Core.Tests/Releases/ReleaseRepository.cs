using Shipcheck.Core.Releases;
using Shipcheck.Core.Tests.Git;

namespace Shipcheck.Core.Tests.Releases;

/// <summary>A repository ready to release from: one commit on main, an identity of its own, and planning helpers.</summary>
internal sealed class ReleaseRepository : IDisposable
{
    public ReleaseRepository()
    {
        // Its own identity, so release's own git calls (tag, commit) work on a machine with no global one.
        Repo.Git("config", "user.name", "Release Tester");
        Repo.Git("config", "user.email", "release@example.test");
        Repo.Write("app.py", "print('hello')\n");
        Head = Repo.Commit("first");
    }

    public TestRepository Repo { get; } = new();

    public string Head { get; }

    public string Path => Repo.Path;

    public static CancellationToken Token => TestContext.Current.CancellationToken;

    public ReleaseRequest Request(string version = "v1.2.3") => new(version, Path);

    public async Task<ReleaseRefusal> RefusedAsync(ReleaseRequest request)
    {
        var (plan, refusal) = await ReleasePlanner.PlanAsync(request, Token);
        Assert.Null(plan);
        return refusal!;
    }

    public async Task<ReleasePlan> PlanAsync(ReleaseRequest request)
    {
        var (plan, refusal) = await ReleasePlanner.PlanAsync(request, Token);
        Assert.True(plan is not null, refusal?.Message);
        return plan!;
    }

    /// <summary>Plans and runs; returns the lines it said. Fails the test when it does not succeed.</summary>
    public async Task<List<string>> ReleaseAsync(ReleaseRequest request)
    {
        var lines = new List<string>();
        var failure = await Releaser.RunAsync(await PlanAsync(request), TimeProvider.System, lines.Add, Token);
        Assert.True(failure is null, failure);
        return lines;
    }

    public void Dispose() => Repo.Dispose();
}
