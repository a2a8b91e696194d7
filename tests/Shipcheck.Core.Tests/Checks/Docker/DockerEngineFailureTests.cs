using System.Net.Sockets;
using Shipcheck.Core.Checks;
using Shipcheck.Core.Checks.Docker;
using Shipcheck.Core.Checks.DockerLogs;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Checks.Docker;

/// <summary>Engines that cannot be asked: each is an error step that says what is wrong and what to check, never a crash.</summary>
public sealed class DockerEngineFailureTests
{
    private static Task<ProbeResult> ObserveContainer(string? dockerHost, params (string Name, object Value)[] options) =>
        Probes.Observe(new DockerKind(), TestOptions.Of([("containers", new[] { "api-server" }), .. options]), DockerContexts.For(dockerHost));

    [Fact]
    public async Task A_socket_that_does_not_exist_says_to_check_dockerd_and_DOCKER_HOST()
    {
        var result = await ObserveContainer("unix:///tmp/no-such-folder/docker.sock");

        Assert.Equal("no Docker engine at unix:///tmp/no-such-folder/docker.sock: the socket does not exist; " +
            "is dockerd running? set DOCKER_HOST or the step's endpoint", result.Error);
    }

    [Fact]
    public async Task The_logs_step_reports_a_missing_socket_the_same_way()
    {
        var result = await Probes.Observe(new DockerLogsKind(), TestOptions.Of(("container", "api-server"), ("endpoint", "unix:///tmp/no-such-folder/docker.sock")),
            DockerContexts.For(null));

        Assert.StartsWith("no Docker engine at unix:///tmp/no-such-folder/docker.sock: the socket does not exist", result.Error);
    }

    [Fact]
    public async Task A_socket_nobody_listens_on_is_connection_refused()
    {
        using var folder = new TempFolder();
        var path = folder.File("stale.sock");
        // Bound but never listening: the socket file is there, as after a dockerd that crashed, and nobody answers.
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));

        var result = await ObserveContainer($"unix://{path}");

        Assert.Equal($"no Docker engine answers at unix://{path} (connection refused); is dockerd running? set DOCKER_HOST or the step's endpoint", result.Error);
    }

    [Fact]
    public async Task A_DOCKER_HOST_it_cannot_use_is_named_with_what_to_write()
    {
        var result = await ObserveContainer("ssh://deploy@build-host");

        Assert.Equal("DOCKER_HOST 'ssh://deploy@build-host' is not a Docker endpoint Shipcheck can use: " + DockerEndpoint.Hint, result.Error);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_web_server_that_is_no_docker_engine_is_named_as_such(bool overUnixSocket)
    {
        await using var server = await FakeEngine.StartAsync(isDocker: false);
        var host = overUnixSocket ? server.UnixHost : server.TcpHost;

        var result = await ObserveContainer(null, ("endpoint", host));

        Assert.Equal($"{host} answered GET /version with HTTP 200 text/html, not the Docker Engine API's JSON: is it a Docker engine? " +
            "check DOCKER_HOST or the step's endpoint", result.Error);
    }

    [Fact]
    public async Task An_engine_that_refuses_is_quoted()
    {
        await using var server = await FakeEngine.StartAsync(isDocker: true);

        var result = await ObserveContainer(server.TcpHost);

        Assert.Equal($"the Docker engine at {server.TcpHost} refused GET /containers/api-server/json: {FakeEngine.Refusal} (HTTP 500)", result.Error);
    }
}
