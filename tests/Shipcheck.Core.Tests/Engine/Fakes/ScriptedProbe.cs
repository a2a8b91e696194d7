using Shipcheck.Core.Checks;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Tests.Engine.Fakes;

/// <summary>
/// A probe that plays back queued behaviours, one per call, repeating the last when the queue runs out (passing when
/// nothing was queued). It records when it was called and with what context, and can block until it is cancelled.
/// </summary>
internal sealed class ScriptedProbe : IProbe
{
    private readonly Lock _gate = new();
    private readonly Queue<Func<ProbeContext, CancellationToken, Task<ProbeResult>>> _script = new();
    private Func<ProbeContext, CancellationToken, Task<ProbeResult>> _last = (_, _) => Task.FromResult(Ok(true));
    private readonly List<ProbeContext> _contexts = [];
    private readonly List<DateTimeOffset> _times = [];
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the probe is first called.</summary>
    public Task Started => _started.Task;

    public int Calls
    {
        get
        {
            lock (_gate)
            {
                return _contexts.Count;
            }
        }
    }

    /// <summary>When each call happened, by the context's clock.</summary>
    public IReadOnlyList<DateTimeOffset> CallTimes
    {
        get
        {
            lock (_gate)
            {
                return [.. _times];
            }
        }
    }

    public IReadOnlyList<ProbeContext> Contexts
    {
        get
        {
            lock (_gate)
            {
                return [.. _contexts];
            }
        }
    }

    public static ProbeResult Ok(bool ok, string? value = null, string? output = null)
    {
        var observations = new Observations().Set("ok", Value.Of(ok));
        if (value is not null)
        {
            observations.Set("value", Value.Of(value));
        }
        return new ProbeResult(observations, output);
    }

    /// <summary>Observes only <c>n</c>.</summary>
    public static ProbeResult Number(double n) => new(new Observations().Set("n", Value.Of(n)));

    public ScriptedProbe Then(Func<ProbeContext, CancellationToken, Task<ProbeResult>> behaviour)
    {
        lock (_gate)
        {
            _script.Enqueue(behaviour);
        }
        return this;
    }

    public ScriptedProbe ThenReturn(ProbeResult result) => Then((_, _) => Task.FromResult(result));

    public ScriptedProbe ThenPass(string? value = null) => ThenReturn(Ok(true, value));

    public ScriptedProbe ThenFail(string? value = null) => ThenReturn(Ok(false, value));

    public ScriptedProbe ThenThrow(string message) => Then((_, _) => throw new InvalidOperationException(message));

    /// <summary>Waits until cancelled, then lets the cancellation escape, as a probe stuck on a slow service would.</summary>
    public ScriptedProbe ThenBlock() => Then(async (_, token) =>
    {
        await Task.Delay(Timeout.Infinite, token);
        return Ok(true);
    });

    public async Task<ProbeResult> ObserveAsync(ProbeContext context, CancellationToken cancellationToken)
    {
        Func<ProbeContext, CancellationToken, Task<ProbeResult>> behaviour;
        lock (_gate)
        {
            _contexts.Add(context);
            _times.Add(context.Time.GetUtcNow());
            if (_script.Count > 0)
            {
                _last = _script.Dequeue();
            }
            behaviour = _last;
        }
        _started.TrySetResult();
        return await behaviour(context, cancellationToken);
    }
}
