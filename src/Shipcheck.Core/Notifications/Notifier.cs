using System.Threading.Channels;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Store;

namespace Shipcheck.Core.Notifications;

/// <summary>
/// Sends a run's notifications. As an observer it only renders and queues (a slow receiver never slows a step); each
/// target has a queue of its own, delivered in order in the background. <see cref="FinishAsync"/> waits for what is
/// pending up to a bound and records the rest as undelivered. Outcomes are written to the store beside the steps.
/// </summary>
internal sealed class Notifier : IRunObserver
{
    /// <summary>How long the end of a run waits for pending deliveries.</summary>
    public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(10);

    private readonly PreparedRun _run;
    private readonly TimeProvider _time;
    private readonly IRunStore _store;
    private readonly TimeSpan _wait;
    private readonly RunEventTracker _tracker;
    private readonly NotificationDelivery _delivery;
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private readonly List<NotificationRecord> _records = [];
    private readonly List<TargetQueue> _queues;
    private RunVariables _variables;
    private int _sequence;

    public Notifier(PreparedRun run, TimeProvider time, IRunStore store, TimeSpan wait)
    {
        _run = run;
        _time = time;
        _store = store;
        _wait = wait;
        _tracker = new RunEventTracker(time);
        _delivery = new NotificationDelivery(time, run.Masker);
        _variables = new RunVariables(run.Variables, run.Environment);
        INotificationSender web = new WebhookSender();
        var command = new CommandSender(run.Checklist.Directory, () => _variables.ShellEnvironment());
        _queues = [.. run.Checklist.Notify.Select(t => new TargetQueue(t, t.Kind == NotifyKind.Command ? command : web))];
        foreach (var queue in _queues)
        {
            queue.Worker = Task.Run(() => DrainAsync(queue));
        }
    }

    /// <summary>The run's live variables (captures included), for messages rendered after this call.</summary>
    public void UseVariables(RunVariables variables) => _variables = variables;

    /// <inheritdoc/>
    public void OnEvent(RunEvent e)
    {
        if (_tracker.Observe(e) is not { } snapshot)
        {
            return;
        }
        foreach (var queue in _queues.Where(q => q.Target.Events.Contains(snapshot.Event)))
        {
            queue.Channel.Writer.TryWrite(Render(queue.Target, snapshot));
        }
    }

    /// <summary>
    /// Waits for pending deliveries up to the bound, records the rest as undelivered, and returns every outcome in
    /// event order. Never throws for a receiver's sake.
    /// </summary>
    public async Task<IReadOnlyList<NotificationRecord>> FinishAsync()
    {
        foreach (var queue in _queues)
        {
            queue.Channel.Writer.TryComplete();
        }
        var workers = Task.WhenAll(_queues.Select(q => q.Worker!));
        try
        {
            await workers.WaitAsync(_wait, _time);
        }
        catch (TimeoutException)
        {
            await _stop.CancelAsync();
            await workers;
        }
        _stop.Dispose();
        lock (_gate)
        {
            return [.. _records.OrderBy(r => r.Sequence)];
        }
    }

    private PendingNotification Render(NotifyTarget target, EventSnapshot snapshot)
    {
        var masker = _run.Masker;
        var linked = target.Link is null ? snapshot : snapshot with
        {
            Fields = new Dictionary<string, string>(snapshot.Fields, StringComparer.Ordinal) { ["url"] = masker.Mask(target.Link.Render(new EventVariables(snapshot.Fields, _variables))) },
        };
        var scope = new EventVariables(linked.Fields, _variables);
        var message = masker.Mask(target.Message?.Render(scope) ?? DefaultMessages.For(linked));
        var destination = target.Kind == NotifyKind.Command ? target.Destination.RenderForShell() : target.Destination.Render(scope);
        var body = target.Kind == NotifyKind.Slack ? NotificationPayloads.Slack(linked, message) : NotificationPayloads.EventJson(linked, message);
        var sequence = Interlocked.Increment(ref _sequence);
        return new PendingNotification(sequence, target, linked, destination, masker.Mask(destination), body, message);
    }

    private async Task DrainAsync(TargetQueue queue)
    {
        await foreach (var pending in queue.Channel.Reader.ReadAllAsync())
        {
            var record = _stop.IsCancellationRequested
                ? _delivery.Undelivered(pending, "not sent: the run stopped waiting for deliveries")
                : await _delivery.DeliverAsync(pending, queue.Sender, _stop.Token);
            await KeepAsync(record);
        }
    }

    private async Task KeepAsync(NotificationRecord record)
    {
        lock (_gate)
        {
            _records.Add(record);
        }
        try
        {
            await _store.AppendNotificationAsync(_run.RunId, record, CancellationToken.None);
        }
#pragma warning disable CA1031 // A notification's record must not fail the run; the outcome stays in the returned list.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    private sealed class TargetQueue(NotifyTarget target, INotificationSender sender)
    {
        public NotifyTarget Target { get; } = target;

        public INotificationSender Sender { get; } = sender;

        public Channel<PendingNotification> Channel { get; } = System.Threading.Channels.Channel.CreateUnbounded<PendingNotification>(new UnboundedChannelOptions { SingleReader = true });

        public Task? Worker { get; set; }
    }
}
