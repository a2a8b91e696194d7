using Shipcheck.Core.Checks.Docker;
using Shipcheck.Core.Expectations;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Checks.Docker;

[Collection(DockerEngineCollection.Name)]
public sealed class DockerProbeTests(DockerEngineFixture engine)
{
    private readonly DockerKind _kind = new();

    private Task<Core.Checks.ProbeResult> Observe(params (string Name, object Value)[] options) =>
        Probes.Observe(_kind, TestOptions.Of(options), DockerContexts.For(engine.Host));

    [Fact]
    public async Task Sees_all_five_seed_services_running()
    {
        var result = await Observe(("containers", TestContainers.SeedServices));

        Assert.Null(result.Error);
        Assert.True(result.Observations.Flag("all_running"));
        Assert.Equal(5, result.Observations.Number("count"));
        Assert.Equal(5, result.Observations.Number("running_count"));
        Assert.Empty(Assert.IsType<ListValue>(result.Observations["not_running"]).Items);
        Assert.StartsWith("all 5 running\nNAME", result.Output);
        Assert.Contains("real-collector", result.Output);
    }

    [Fact]
    public async Task Names_an_exited_container_among_those_not_running()
    {
        var result = await Observe(("containers", new[] { "real-collector", "old-migrator" }));

        Assert.Null(result.Error);
        Assert.False(result.Observations.Flag("all_running"));
        Assert.Equal([Value.Of("old-migrator")], Assert.IsType<ListValue>(result.Observations["not_running"]).Items);
        Assert.StartsWith("1 of 2 running; not running: old-migrator (exited (3))", result.Output);
        var migrator = Container(result, "old-migrator");
        Assert.Equal(Value.Of("exited"), migrator["state"]);
        Assert.Equal(Value.Of(3), migrator["exit_code"]);
        Assert.Equal(Value.Of(false), migrator["running"]);
    }

    [Fact]
    public async Task Observes_each_containers_state_health_labels_image_and_start()
    {
        var result = await Observe(("containers", new[] { "api-server", "stock-redis" }));

        var api = Container(result, "api-server");
        Assert.Equal(Value.Of("running"), api["state"]);
        Assert.Equal(Value.Of("healthy"), api["health"]);
        Assert.Equal(Value.Of(DockerEngineFixture.Image), api["image"]);
        Assert.Equal(Value.Of(0), api["restart_count"]);
        Assert.Equal(Value.Of(TestContainers.Project), Assert.IsType<MapValue>(api["labels"]).Entries["com.docker.compose.project"]);
        var started = Assert.IsType<TimestampValue>(api["started_at"]).Value;
        Assert.InRange(DateTimeOffset.UtcNow - started, TimeSpan.FromSeconds(-5), TimeSpan.FromMinutes(10));
        Assert.Equal(12, Assert.IsType<StringValue>(api["id"]).Value.Length);
        Assert.Equal(Value.Of(""), Container(result, "stock-redis")["health"]);
    }

    [Fact]
    public async Task Counts_the_restarts_of_a_container_in_a_restart_loop()
    {
        var result = await Observe(("label", new[] { "tier=flaky" }));

        var worker = Container(result, "flaky-worker");
        Assert.True(Assert.IsType<NumberValue>(worker["restart_count"]).Value >= 1);
        Assert.Equal(1, result.Observations.Number("count"));
    }

    [Fact]
    public async Task Selects_a_compose_project_and_names_its_exited_container()
    {
        var result = await Observe(("project", TestContainers.Project));

        Assert.Null(result.Error);
        // Five services and the exited migrator; the exited `compose run` container is no service.
        Assert.Equal(6, result.Observations.Number("count"));
        Assert.DoesNotContain("stock-monitoring-run-1", result.Output);
        Assert.Equal(5, result.Observations.Number("running_count"));
        Assert.False(result.Observations.Flag("all_running"));
        Assert.Equal([Value.Of("old-migrator")], Assert.IsType<ListValue>(result.Observations["not_running"]).Items);
    }

    [Fact]
    public async Task Selects_by_label_and_project_together()
    {
        var result = await Observe(("project", TestContainers.Project), ("label", new[] { "com.docker.compose.service=api-server" }));

        Assert.Equal("api-server", Assert.IsType<StringValue>(Assert.IsType<MapValue>(Assert.Single(Series(result))).Entries["name"]).Value);
        Assert.True(result.Observations.Flag("all_running"));
    }

    [Fact]
    public async Task A_label_that_matches_nothing_is_no_container_and_not_all_running()
    {
        var result = await Observe(("label", new[] { "tier=nowhere" }));

        Assert.Null(result.Error);
        Assert.Equal(0, result.Observations.Number("count"));
        Assert.False(result.Observations.Flag("all_running"));
        Assert.Empty(Series(result));
        Assert.Equal("no container has the label tier=nowhere", result.Output);
    }

    [Fact]
    public async Task An_unknown_container_is_an_error_that_suggests_the_close_name()
    {
        var result = await Observe(("containers", new[] { "real-colector", "api-server" }));

        Assert.StartsWith("no container named 'real-colector' (did you mean 'real-collector'?); containers here: api-server, chatty,", result.Error);
        Assert.EndsWith("; check the name or whether the deploy created it", result.Error);
        Assert.False(result.Observations.Flag("all_running"));
        Assert.Equal([Value.Of("real-colector")], Assert.IsType<ListValue>(result.Observations["not_running"]).Items);
        Assert.Contains("not running: real-colector (missing)", result.Output);
    }

    [Fact]
    public async Task Honours_DOCKER_HOST_when_the_step_names_no_endpoint()
    {
        var result = await Probes.Observe(_kind, TestOptions.Of(("containers", new[] { "stock-redis" })), DockerContexts.For(engine.Host));
        var viaEndpoint = await Probes.Observe(_kind, TestOptions.Of(("containers", new[] { "stock-redis" }), ("endpoint", engine.Host)),
            DockerContexts.For("unix:///nowhere/docker.sock"));

        Assert.True(result.Observations.Flag("all_running"));
        Assert.True(viaEndpoint.Observations.Flag("all_running"));
    }

    [Fact]
    public async Task A_cancelled_step_is_an_error_not_an_exception()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var result = await Probes.ObserveUntilCancelled(_kind, TestOptions.Of(("containers", new[] { "stock-redis" })),
            DockerContexts.For(engine.Host), cancelled.Token);

        Assert.Equal($"the Docker engine at {engine.Host} had not answered when the step ended (timeout or interrupt)", result.Error);
    }

    private static IReadOnlyList<Value> Series(Core.Checks.ProbeResult result) => Assert.IsType<ListValue>(result.Observations["series"]).Items;

    private static IReadOnlyDictionary<string, Value> Container(Core.Checks.ProbeResult result, string name) =>
        Series(result).Cast<MapValue>().Single(m => m.Entries["name"] == Value.Of(name)).Entries;
}
