using System.Net;
using System.Net.Sockets;
using Shipcheck.Core.Checks.Tcp;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Checks.Tcp;

public sealed class TcpProbeTests : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly TempFolder _folder = new();
    private readonly TcpKind _kind = new();

    public TcpProbeTests() => _listener.Start();

    private int ListeningPort => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public void Dispose()
    {
        _listener.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task Observes_a_connection_to_a_listening_port()
    {
        var result = await Probes.Observe(_kind, TestOptions.Of(("address", $"127.0.0.1:{ListeningPort}")), Probes.Context(_folder.Path));

        Assert.Null(result.Error);
        Assert.True(result.Observations.Flag("connected"));
        Assert.Equal("", result.Observations.Text("error"));
        Assert.True(result.Observations.Duration("latency") > TimeSpan.Zero);
    }

    [Fact]
    public async Task Observes_a_refused_connection_as_not_connected_rather_than_an_error()
    {
        var port = Ports.Closed();

        var result = await Probes.Observe(_kind, TestOptions.Of(("address", $"127.0.0.1:{port}")), Probes.Context(_folder.Path));

        Assert.Null(result.Error);
        Assert.False(result.Observations.Flag("connected"));
        Assert.Equal("connection refused", result.Observations.Text("error"));
        Assert.Equal($"127.0.0.1:{port}: connection refused", result.Output);
    }

    [Fact]
    public async Task Accepts_host_and_port_as_separate_options_with_variables()
    {
        var context = Probes.Context(_folder.Path, new Dictionary<string, string> { ["port"] = ListeningPort.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        var result = await Probes.Observe(_kind, TestOptions.Of(("host", "127.0.0.1"), ("port", "${port}")), context);

        Assert.True(result.Observations.Flag("connected"));
    }

    [Fact]
    public async Task Fails_when_the_rendered_address_has_no_port()
    {
        var context = Probes.Context(_folder.Path, new Dictionary<string, string> { ["target"] = "127.0.0.1" });

        var result = await Probes.Observe(_kind, TestOptions.Of(("address", "${target}")), context);

        Assert.Equal("'127.0.0.1' is not host:port with a port from 1 to 65535", result.Error);
    }

    [Fact]
    public async Task Reports_cancellation_instead_of_throwing()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var result = await Probes.ObserveUntilCancelled(_kind, TestOptions.Of(("address", $"127.0.0.1:{ListeningPort}")), Probes.Context(_folder.Path), cancelled.Token);

        Assert.StartsWith($"127.0.0.1:{ListeningPort}: no answer after", result.Error, StringComparison.Ordinal);
        Assert.False(result.Observations.Flag("connected"));
    }
}
