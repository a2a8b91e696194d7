using Shipcheck.Core.Store;

namespace Shipcheck.Core.Tests.Store;

public abstract partial class RunStoreContractTests
{
    [Fact]
    public async Task Finds_a_run_by_a_unique_prefix_of_its_id()
    {
        var store = await OpenAsync();
        await store.BeginRunAsync(StoreRecords.Run("20261122T031500Z-3f9a"), Ct);
        await store.BeginRunAsync(StoreRecords.Run("20261123T091500Z-77c1"), Ct);

        var read = await store.GetRunAsync("20261122", Ct);

        Assert.Equal("20261122T031500Z-3f9a", read?.Id);
    }

    [Fact]
    public async Task Throws_an_ambiguous_id_error_naming_the_matches_when_a_prefix_fits_several_runs()
    {
        var store = await OpenAsync();
        await store.BeginRunAsync(StoreRecords.Run("20261122T031500Z-3f9a"), Ct);
        await store.BeginRunAsync(StoreRecords.Run("20261122T041500Z-77c1", startedAt: StoreRecords.Start.AddHours(1)), Ct);

        var error = await Assert.ThrowsAsync<AmbiguousRunIdException>(() => store.GetRunAsync("20261122T0", Ct));

        Assert.Equal("20261122T0", error.Prefix);
        Assert.Equal(["20261122T041500Z-77c1", "20261122T031500Z-3f9a"], error.Matches);
        Assert.Contains("give more of the id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prefers_an_exact_id_over_longer_ids_it_is_a_prefix_of()
    {
        var store = await OpenAsync();
        await store.BeginRunAsync(StoreRecords.Run("run-1"), Ct);
        await store.BeginRunAsync(StoreRecords.Run("run-10"), Ct);

        var read = await store.GetRunAsync("run-1", Ct);

        Assert.Equal("run-1", read?.Id);
    }

    [Theory]
    [InlineData("unknown")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("%")]
    [InlineData("r_n")]
    public async Task Returns_null_when_no_run_matches(string wanted)
    {
        var store = await OpenAsync();
        await store.BeginRunAsync(StoreRecords.Run("run-1"), Ct);

        Assert.Null(await store.GetRunAsync(wanted, Ct));
    }

    [Fact]
    public async Task Lists_runs_newest_first_without_steps()
    {
        var store = await OpenAsync();
        await store.BeginRunAsync(StoreRecords.Run("b", startedAt: StoreRecords.Start.AddMinutes(2)), Ct);
        await store.BeginRunAsync(StoreRecords.Run("a", startedAt: StoreRecords.Start), Ct);
        // Same instant written with another offset: ordering is by the instant, not the text.
        await store.BeginRunAsync(StoreRecords.Run("c", startedAt: StoreRecords.Start.AddMinutes(1).ToOffset(TimeSpan.FromHours(-5))), Ct);
        await store.AppendStepAsync("b", StoreRecords.Step(1), Ct);
        await store.SetCaptureAsync("b", "commit", "abc123", Ct);

        var runs = await store.ListRunsAsync(null, 10, Ct);

        Assert.Equal(["b", "c", "a"], runs.Select(r => r.Id));
        Assert.All(runs, r => Assert.Empty(r.Steps));
        Assert.Equal("abc123", runs[0].Captures["commit"]);
    }

    [Fact]
    public async Task Lists_only_the_runs_of_the_service_asked_for()
    {
        var store = await OpenAsync();
        await store.BeginRunAsync(StoreRecords.Run("a", service: "demo"), Ct);
        await store.BeginRunAsync(StoreRecords.Run("b", service: "billing"), Ct);

        var runs = await store.ListRunsAsync("billing", 10, Ct);

        Assert.Equal(["b"], runs.Select(r => r.Id));
    }

    [Fact]
    public async Task Lists_at_most_the_limit_and_everything_when_the_limit_is_zero()
    {
        var store = await OpenAsync();
        for (var i = 0; i < 5; i++)
        {
            await store.BeginRunAsync(StoreRecords.Run($"r{i}", startedAt: StoreRecords.Start.AddMinutes(i)), Ct);
        }

        Assert.Equal(["r4", "r3"], (await store.ListRunsAsync(null, 2, Ct)).Select(r => r.Id));
        Assert.Equal(5, (await store.ListRunsAsync(null, 0, Ct)).Count);
    }
}
