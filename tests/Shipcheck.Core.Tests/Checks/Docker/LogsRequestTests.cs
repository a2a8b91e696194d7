using Shipcheck.Core.Checks.DockerLogs;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Checks.Docker;

public sealed class LogsRequestTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, 250, TimeSpan.Zero);

    [Fact]
    public void Asks_the_engine_for_tail_and_since_in_unix_seconds_with_nanoseconds()
    {
        var options = DockerLogsOptions.From(TestOptions.Of(("container", "real-collector"), ("tail", 20L), ("since", TimeSpan.FromMinutes(2))));

        Assert.Equal("/containers/real-collector/logs?stdout=1&stderr=1&follow=0&timestamps=0&tail=20&since=1772366280.250000000",
            LogsRequest.Path("real-collector", options, Now));
    }

    [Fact]
    public void Asks_for_everything_from_the_chosen_streams_by_default()
    {
        var options = DockerLogsOptions.From(TestOptions.Of(("container", "a"), ("stdout", false)));

        Assert.Equal("/containers/a/logs?stdout=0&stderr=1&follow=0&timestamps=0", LogsRequest.Path("a", options, Now));
    }
}
