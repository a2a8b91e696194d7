using Shipcheck.Core.Checks.Docker;

namespace Shipcheck.Core.Tests.Checks.Docker;

public sealed class ContainerTableTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static ContainerInspection Container(string name, string state, string health = "", long exitCode = 0, DateTimeOffset? started = null) =>
        new(new string('a', 64), name, new Dictionary<string, string>(), state, health, 0, started, "stock/api:2.4", exitCode, false);

    [Fact]
    public void Names_what_is_not_running_above_a_table_like_docker_ps()
    {
        var table = ContainerTable.Render(
            [Container("api-server", "running", "healthy", started: Now.AddMinutes(-2).AddSeconds(-3.5)), Container("timescale-archiver", "exited", exitCode: 137, started: Now.AddHours(-1))],
            ["stock-redis"], Now, "unused");

        Assert.Equal("""
            1 of 3 running; not running: timescale-archiver (exited (137)), stock-redis (missing)
            NAME                STATE         HEALTH   RESTARTS  STARTED   IMAGE
            api-server          running       healthy  0         2m3s ago  stock/api:2.4
            timescale-archiver  exited (137)  -        0         1h ago    stock/api:2.4
            """, table);
    }

    [Fact]
    public void Says_so_when_all_run_and_when_nothing_was_found()
    {
        Assert.StartsWith("all 1 running\n", ContainerTable.Render([Container("api", "running", started: Now.AddMilliseconds(200))], [], Now, ""));
        Assert.Equal("no container has the label tier=web", ContainerTable.Render([], [], Now, "no container has the label tier=web"));
        Assert.Contains("never", ContainerTable.Render([Container("fresh", "created")], [], Now, ""));
    }
}
