namespace Shipcheck.Core.Tests.Notifications;

/// <summary>A test class with a real webhook receiver on 127.0.0.1 and a run harness, both stopped after each test.</summary>
public abstract class LoopbackReceiverTests : IAsyncLifetime
{
    private WebhookReceiver? _receiver;

    private protected WebhookReceiver Receiver => _receiver ?? throw new InvalidOperationException("the receiver starts in InitializeAsync");

    private protected NotifyRun Run { get; } = new();

    public async ValueTask InitializeAsync() => _receiver = await WebhookReceiver.StartAsync();

    public async ValueTask DisposeAsync()
    {
        if (_receiver is not null)
        {
            await _receiver.DisposeAsync();
        }
        await Run.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
