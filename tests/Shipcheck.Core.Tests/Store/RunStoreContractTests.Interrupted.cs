using Shipcheck.Core.Engine;
using Shipcheck.Core.Store;

namespace Shipcheck.Core.Tests.Store;

public abstract partial class RunStoreContractTests
{
    [Fact]
    public async Task Returns_and_records_a_running_run_whose_runner_is_gone_as_interrupted()
    {
        var store = await OpenAsync();
        var run = StoreRecords.Run("r1", processId: ExitedProcessId(), host: Environment.MachineName);
        await store.BeginRunAsync(run, Ct);
        await store.AppendStepAsync("r1", StoreRecords.Step(1, offset: TimeSpan.FromSeconds(10), duration: TimeSpan.FromSeconds(5)), Ct);
        await store.AppendStepAsync("r1", StoreRecords.Step(2, offset: TimeSpan.FromSeconds(2), duration: TimeSpan.FromSeconds(1)), Ct);

        var read = (await store.GetRunAsync("r1", Ct))!;
        var again = (await (await OpenAsync()).ListRunsAsync(null, 10, Ct)).Single();

        Assert.Equal(Verdict.Interrupted, read.Verdict);
        Assert.Equal(StoreRecords.Start.AddSeconds(15), read.FinishedAt);
        Assert.Equal(InterruptedRuns.Summary, read.Summary);
        Assert.Equal(2, read.Steps.Count);
        Assert.Equal(Verdict.Interrupted, again.Verdict);
        Assert.Equal(StoreRecords.Start.AddSeconds(15), again.FinishedAt);
    }

    [Fact]
    public async Task Ends_an_interrupted_run_without_steps_at_its_start()
    {
        var store = await OpenAsync();
        await store.BeginRunAsync(StoreRecords.Run("r1", processId: ExitedProcessId(), host: Environment.MachineName), Ct);

        var listed = (await store.ListRunsAsync(null, 10, Ct)).Single();

        Assert.Equal(Verdict.Interrupted, listed.Verdict);
        Assert.Equal(StoreRecords.Start, listed.FinishedAt);
    }

    [Fact]
    public async Task Leaves_a_run_whose_runner_is_alive_running()
    {
        var store = await OpenAsync();
        await store.BeginRunAsync(StoreRecords.Run("r1", processId: Environment.ProcessId, host: Environment.MachineName), Ct);

        var read = (await store.GetRunAsync("r1", Ct))!;

        Assert.Equal(Verdict.Running, read.Verdict);
        Assert.Null(read.FinishedAt);
    }

    [Fact]
    public async Task Leaves_a_running_run_of_another_host_running()
    {
        var store = await OpenAsync();
        await store.BeginRunAsync(StoreRecords.Run("r1", processId: ExitedProcessId(), host: "some-other-host-" + Guid.NewGuid()), Ct);

        Assert.Equal(Verdict.Running, (await store.GetRunAsync("r1", Ct))!.Verdict);
    }

    [Fact]
    public async Task Leaves_a_finished_run_as_it_ended_even_when_its_runner_is_gone()
    {
        var store = await OpenAsync();
        await store.BeginRunAsync(StoreRecords.Run("r1", processId: ExitedProcessId(), host: Environment.MachineName), Ct);
        await store.FinishRunAsync("r1", Verdict.Succeeded, StoreRecords.Start.AddMinutes(1), "all good", Ct);

        var read = (await store.GetRunAsync("r1", Ct))!;

        Assert.Equal(Verdict.Succeeded, read.Verdict);
        Assert.Equal("all good", read.Summary);
    }
}
