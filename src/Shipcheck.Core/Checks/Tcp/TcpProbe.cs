using System.Net.Sockets;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Tcp;

/// <summary>Connects once to a <c>tcp</c> step's address. A refused connection is an observation, not a probe error.</summary>
public sealed class TcpProbe(TcpOptions options) : IProbe
{
    /// <inheritdoc/>
    public async Task<ProbeResult> ObserveAsync(ProbeContext context, CancellationToken cancellationToken)
    {
        var text = options.Render(context);
        if (!TcpAddress.TryParse(text, out var address))
        {
            return ProbeResult.Failed($"'{text}' is not host:port with a port from 1 to 65535");
        }
        using var client = new TcpClient();
        var started = context.Time.GetTimestamp();
        try
        {
            await client.ConnectAsync(address.Host, address.Port, cancellationToken);
            return new ProbeResult(Observe(true, context.Time.GetElapsedTime(started), ""), $"connected to {address}");
        }
        catch (SocketException e)
        {
            var error = SocketErrors.Describe(e);
            return new ProbeResult(Observe(false, context.Time.GetElapsedTime(started), error), $"{address}: {error}");
        }
        catch (OperationCanceledException)
        {
            var waited = context.Time.GetElapsedTime(started);
            return ProbeResult.Failed($"{address}: no answer after {Durations.Format(waited)} (timeout or interrupt)",
                Observe(false, waited, "no answer"));
        }
    }

    private static Observations Observe(bool connected, TimeSpan latency, string error) => new Observations()
        .Set("connected", Value.Of(connected))
        .Set("latency", Value.Of(latency))
        .Set("error", Value.Of(error));
}
