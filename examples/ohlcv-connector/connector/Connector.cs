using OhlcvConnector.Exchanges;

namespace OhlcvConnector;

/// <summary>The connector: runs every exchange feed of the release for as long as the host runs.</summary>
public sealed class Connector : BackgroundService
{
    private readonly TimeProvider _time;
    private long _webSocketClients;

    /// <summary>Creates the feeds of <paramref name="release"/>.</summary>
    public Connector(ReleaseConfig release, ConnectorLog log, TimeProvider time)
    {
        Release = release;
        _time = time;
        StartedAt = time.GetUtcNow();
        Exchanges = release.Exchanges.Select(e => new SimulatedExchange(e, release, log, time)).ToList();
    }

    /// <summary>The release it runs.</summary>
    public ReleaseConfig Release { get; }

    /// <summary>When the process started.</summary>
    public DateTimeOffset StartedAt { get; }

    /// <summary>How long it has been running.</summary>
    public TimeSpan Uptime => _time.GetUtcNow() - StartedAt;

    /// <summary>The exchange feeds.</summary>
    public IReadOnlyList<SimulatedExchange> Exchanges { get; }

    /// <summary>WebSocket clients connected right now.</summary>
    public long WebSocketClients => Interlocked.Read(ref _webSocketClients);

    /// <summary>The feed named <paramref name="name"/>, or null.</summary>
    public SimulatedExchange? Exchange(string name) => Exchanges.FirstOrDefault(e => e.Name == name);

    /// <summary>Counts a WebSocket client in; dispose the result when it leaves.</summary>
    public IDisposable TrackClient()
    {
        Interlocked.Increment(ref _webSocketClients);
        return new ClientLease(this);
    }

    /// <inheritdoc/>
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Exchanges.Select(e => e.RunAsync(stoppingToken)));

    private sealed class ClientLease(Connector connector) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                Interlocked.Decrement(ref connector._webSocketClients);
            }
        }
    }
}
