using System.Diagnostics;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Store;

namespace Shipcheck.Core.Tests.Store;

/// <summary>
/// What every <see cref="IRunStore"/> must do. Each backend runs these tests through a subclass that says how to open
/// a store and how to open a second, independent instance over the same storage.
/// </summary>
public abstract partial class RunStoreContractTests : IAsyncLifetime
{
    private readonly List<IRunStore> _opened = [];

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Opens a new store instance over this test's storage (the same storage every time).</summary>
    protected abstract Task<IRunStore> OpenStoreAsync();

    protected async Task<IRunStore> OpenAsync()
    {
        var store = await OpenStoreAsync();
        _opened.Add(store);
        return store;
    }

    public virtual ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public virtual async ValueTask DisposeAsync()
    {
        foreach (var store in _opened)
        {
            await store.DisposeAsync();
        }
    }

    [Fact]
    public async Task Returns_a_begun_run_with_every_field()
    {
        var store = await OpenAsync();
        var run = StoreRecords.Run("20261122T031500Z-3f9a") with { ProcessId = 4242, Summary = null };

        await store.BeginRunAsync(run, Ct);
        var read = await store.GetRunAsync(run.Id, Ct);

        Assert.NotNull(read);
        Assert.Equal(run.Id, read.Id);
        Assert.Equal("demo", read.Service);
        Assert.Equal("production", read.Environment);
        Assert.Equal("v2", read.Version);
        Assert.Equal("/srv/demo/shipcheck.yaml", read.ChecklistPath);
        Assert.Equal("alice", read.User);
        Assert.Equal("build-01", read.Host);
        Assert.Equal(4242, read.ProcessId);
        Assert.Equal(Verdict.Running, read.Verdict);
        Assert.Null(read.FinishedAt);
        Assert.Equal(run.Variables, read.Variables);
        Assert.Equal(["port", "url", "API_TOKEN"], read.Variables.Keys);
        Assert.Empty(read.Steps);
    }

    [Fact]
    public async Task Keeps_the_offset_of_every_time()
    {
        var store = await OpenAsync();
        var run = StoreRecords.Run("r1");

        await store.BeginRunAsync(run, Ct);
        await store.AppendStepAsync("r1", StoreRecords.Step(1), Ct);
        var read = (await store.GetRunAsync("r1", Ct))!;

        Assert.Equal(TimeSpan.FromHours(9), read.StartedAt.Offset);
        Assert.Equal(StoreRecords.Start, read.StartedAt);
        Assert.Equal(TimeSpan.FromHours(9), read.Steps[0].StartedAt.Offset);
    }

    [Fact]
    public async Task Returns_appended_steps_in_sequence_with_every_field()
    {
        var store = await OpenAsync();
        await store.BeginRunAsync(StoreRecords.Run("r1"), Ct);
        var second = StoreRecords.Step(2, Phase.Stability, "health", StepStatus.Failed);
        var first = StoreRecords.Step(1, Phase.Pre, "previous version") with { Output = null, Message = null, Expectations = [] };

        await store.AppendStepAsync("r1", second, Ct);
        await store.AppendStepAsync("r1", first, Ct);
        var steps = (await store.GetRunAsync("r1", Ct))!.Steps;

        Assert.Equal([1, 2], steps.Select(s => s.Sequence));
        AssertSameStep(first, steps[0]);
        AssertSameStep(second, steps[1]);
    }

    [Fact]
    public async Task Records_how_a_run_finished()
    {
        var store = await OpenAsync();
        await store.BeginRunAsync(StoreRecords.Run("r1"), Ct);
        var finishedAt = StoreRecords.Start.AddMinutes(3);

        await store.FinishRunAsync("r1", Verdict.RolledBack, finishedAt, "verify failed: health", Ct);
        var read = (await store.GetRunAsync("r1", Ct))!;

        Assert.Equal(Verdict.RolledBack, read.Verdict);
        Assert.Equal(finishedAt, read.FinishedAt);
        Assert.Equal(TimeSpan.FromHours(9), read.FinishedAt!.Value.Offset);
        Assert.Equal("verify failed: health", read.Summary);
    }

    [Fact]
    public async Task Records_captures_and_a_later_capture_of_the_same_name_replaces_it()
    {
        var store = await OpenAsync();
        await store.BeginRunAsync(StoreRecords.Run("r1"), Ct);

        await store.SetCaptureAsync("r1", "previous_commit", "abc123", Ct);
        await store.SetCaptureAsync("r1", "deployed_version", "v2", Ct);
        await store.SetCaptureAsync("r1", "previous_commit", "def456", Ct);
        var captures = (await store.GetRunAsync("r1", Ct))!.Captures;

        Assert.Equal(["previous_commit", "deployed_version"], captures.Keys);
        Assert.Equal("def456", captures["previous_commit"]);
        Assert.Equal("v2", captures["deployed_version"]);
    }

    [Fact]
    public async Task A_fresh_instance_reads_everything_an_abandoned_instance_wrote()
    {
        // The writer is never disposed: this is what a runner killed with SIGKILL leaves behind.
        var writer = await OpenAsync();
        await writer.BeginRunAsync(StoreRecords.Run("r1"), Ct);
        await writer.SetCaptureAsync("r1", "previous_commit", "abc123", Ct);
        var steps = Enumerable.Range(1, 5).Select(i => StoreRecords.Step(i, name: $"check {i}")).ToList();
        foreach (var step in steps)
        {
            await writer.AppendStepAsync("r1", step, Ct);
        }

        var reader = await OpenAsync();
        var read = (await reader.GetRunAsync("r1", Ct))!;

        Assert.Equal("abc123", read.Captures["previous_commit"]);
        Assert.Equal(5, read.Steps.Count);
        for (var i = 0; i < steps.Count; i++)
        {
            AssertSameStep(steps[i], read.Steps[i]);
        }
    }

    [Fact]
    public async Task Records_every_step_appended_concurrently()
    {
        var store = await OpenAsync();
        await store.BeginRunAsync(StoreRecords.Run("r1"), Ct);

        await Task.WhenAll(Enumerable.Range(1, 20).Select(i => Task.Run(() => store.AppendStepAsync("r1", StoreRecords.Step(i, name: $"check {i}"), Ct))));
        var read = (await store.GetRunAsync("r1", Ct))!;

        Assert.Equal(Enumerable.Range(1, 20), read.Steps.Select(s => s.Sequence));
        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"check {i}"), read.Steps.Select(s => s.Name));
    }

    [Fact]
    public async Task Records_every_step_when_two_instances_write_at_the_same_time()
    {
        var first = await OpenAsync();
        var second = await OpenAsync();
        await first.BeginRunAsync(StoreRecords.Run("r1"), Ct);
        await second.BeginRunAsync(StoreRecords.Run("r2"), Ct);

        await Task.WhenAll(Enumerable.Range(1, 20).SelectMany(i => new[]
        {
            Task.Run(() => first.AppendStepAsync("r1", StoreRecords.Step(i)), Ct),
            Task.Run(() => second.AppendStepAsync("r2", StoreRecords.Step(i)), Ct),
        }));

        Assert.Equal(20, (await first.GetRunAsync("r2", Ct))!.Steps.Count);
        Assert.Equal(20, (await second.GetRunAsync("r1", Ct))!.Steps.Count);
    }

    [Fact]
    public async Task Keeps_concurrent_writes_when_one_of_them_fails()
    {
        var store = await OpenAsync();
        await store.BeginRunAsync(StoreRecords.Run("r1"), Ct);

        var writes = Enumerable.Range(1, 10).Select(i => Task.Run(() => store.AppendStepAsync(i == 5 ? "nope" : "r1", StoreRecords.Step(i)), Ct)).ToList();
        var outcome = await Task.WhenAll(writes.Select(async w =>
        {
            try
            {
                await w;
                return true;
            }
            catch (RunStoreException)
            {
                return false;
            }
        }));

        Assert.Equal(1, outcome.Count(ok => !ok));
        Assert.Equal(9, (await store.GetRunAsync("r1", Ct))!.Steps.Count);
    }

    [Fact]
    public async Task Refuses_a_step_for_a_run_it_does_not_have()
    {
        var store = await OpenAsync();

        var error = await Assert.ThrowsAsync<RunStoreException>(() => store.AppendStepAsync("nope", StoreRecords.Step(1), Ct));

        Assert.Contains("'nope'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_to_finish_a_run_it_does_not_have()
    {
        var store = await OpenAsync();

        await Assert.ThrowsAsync<RunStoreException>(() => store.FinishRunAsync("nope", Verdict.Succeeded, StoreRecords.Start, null, Ct));
    }

    [Fact]
    public async Task Refuses_a_capture_for_a_run_it_does_not_have()
    {
        var store = await OpenAsync();

        await Assert.ThrowsAsync<RunStoreException>(() => store.SetCaptureAsync("nope", "commit", "abc", Ct));
    }

    private static void AssertSameStep(StepRecord expected, StepRecord actual)
    {
        Assert.Equal(expected.Sequence, actual.Sequence);
        Assert.Equal(expected.Phase, actual.Phase);
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(expected.Kind, actual.Kind);
        Assert.Equal(expected.Status, actual.Status);
        Assert.Equal(expected.StartedAt, actual.StartedAt);
        Assert.Equal(expected.Duration, actual.Duration);
        Assert.Equal(expected.Attempts, actual.Attempts);
        Assert.Equal(expected.Round, actual.Round);
        Assert.Equal(expected.ObservationsJson, actual.ObservationsJson);
        Assert.Equal(expected.Output, actual.Output);
        Assert.Equal(expected.Expectations, actual.Expectations);
        Assert.Equal(expected.Message, actual.Message);
    }

    /// <summary>The id of a process that surely no longer exists: a child we started and that has exited.</summary>
    protected static int ExitedProcessId()
    {
        using var child = Process.Start(new ProcessStartInfo("/bin/true") { UseShellExecute = false })!;
        child.WaitForExit();
        return child.Id;
    }
}
