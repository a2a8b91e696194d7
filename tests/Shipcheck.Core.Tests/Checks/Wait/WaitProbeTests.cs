using Shipcheck.Core.Checks.Wait;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Checks.Wait;

public sealed class WaitProbeTests
{
    private readonly WaitKind _kind = new();
    private readonly ManualTime _time = new();

    [Fact]
    public async Task Waits_the_duration_on_the_context_clock()
    {
        var observing = Probes.ObserveUntilCancelled(_kind, TestOptions.Of(("duration", TimeSpan.FromSeconds(2))), Context(), TestContext.Current.CancellationToken);
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.False(observing.IsCompleted);

        _time.Advance(TimeSpan.FromSeconds(1));
        var result = await observing;

        Assert.Null(result.Error);
        Assert.Equal(TimeSpan.FromSeconds(2), result.Observations.Duration("waited"));
        Assert.Equal("waited 2s", result.Output);
    }

    [Fact]
    public async Task Reports_cancellation_with_the_time_already_waited()
    {
        using var interrupt = new CancellationTokenSource();
        var observing = Probes.ObserveUntilCancelled(_kind, TestOptions.Of(("duration", TimeSpan.FromMinutes(1))), Context(), interrupt.Token);
        _time.Advance(TimeSpan.FromSeconds(5));

        await interrupt.CancelAsync();
        var result = await observing;

        Assert.Equal("cancelled after waiting 5s of 1m", result.Error);
        Assert.Equal(TimeSpan.FromSeconds(5), result.Observations.Duration("waited"));
    }

    private Shipcheck.Core.Checks.ProbeContext Context() => Probes.Context(Path.GetTempPath(), time: _time);
}
