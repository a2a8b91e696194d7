using System.Text.Json;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Store;

namespace Shipcheck.Core.Tests.Engine.Fakes;

/// <summary>
/// A store in memory for the engine's tests: it keeps what the runner wrote, and the order of the calls. The real
/// SQLite store is covered by its own contract tests (Store/); here the subject is what the runner writes and when.
/// </summary>
internal sealed class InMemoryRunStore : IRunStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, RunRecord> _runs = new(StringComparer.Ordinal);
    private readonly List<string> _calls = [];

    /// <summary>One line per call, in order: <c>begin</c>, <c>step 3 verify health passed</c>, <c>capture x</c>, <c>finish rolled_back</c>.</summary>
    public IReadOnlyList<string> Calls
    {
        get
        {
            lock (_gate)
            {
                return [.. _calls];
            }
        }
    }

    public RunRecord Single()
    {
        lock (_gate)
        {
            return _runs.Values.Single();
        }
    }

    /// <summary>Everything stored, as one JSON text, to search for leaks.</summary>
    public string Dump()
    {
        lock (_gate)
        {
            return JsonSerializer.Serialize(_runs.Values.ToList(), new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        }
    }

    public Task BeginRunAsync(RunRecord run, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _runs.Add(run.Id, run);
            _calls.Add("begin");
        }
        return Task.CompletedTask;
    }

    public Task AppendStepAsync(string runId, StepRecord step, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var run = _runs[runId];
            _runs[runId] = run with { Steps = [.. run.Steps, step] };
            _calls.Add($"step {step.Sequence} {Names.Of(step.Phase)} {step.Name} {Names.Of(step.Status)}");
        }
        return Task.CompletedTask;
    }

    public Task SetCaptureAsync(string runId, string name, string value, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var run = _runs[runId];
            _runs[runId] = run with { Captures = new Dictionary<string, string>(run.Captures) { [name] = value } };
            _calls.Add($"capture {name}");
        }
        return Task.CompletedTask;
    }

    public Task AppendNotificationAsync(string runId, NotificationRecord notification, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var run = _runs[runId];
            _runs[runId] = run with { Notifications = [.. run.Notifications, notification] };
            _calls.Add($"notification {notification.Sequence} {notification.Status}");
        }
        return Task.CompletedTask;
    }

    public Task FinishRunAsync(string runId, Verdict verdict, DateTimeOffset finishedAt, string? summary, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _runs[runId] = _runs[runId] with { Verdict = verdict, FinishedAt = finishedAt, Summary = summary };
            _calls.Add($"finish {Names.Of(verdict)}");
        }
        return Task.CompletedTask;
    }

    public Task<RunRecord?> GetRunAsync(string idOrPrefix, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var matches = _runs.Values.Where(r => r.Id.StartsWith(idOrPrefix, StringComparison.Ordinal)).ToList();
            return Task.FromResult(matches.Count == 1 ? matches[0] : null);
        }
    }

    public Task<IReadOnlyList<RunRecord>> ListRunsAsync(string? service, int limit, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<RunRecord> runs = [.. _runs.Values
                .Where(r => service is null || r.Service == service)
                .OrderByDescending(r => r.Id, StringComparer.Ordinal)
                .Take(limit)
                .Select(r => r with { Steps = [] })];
            return Task.FromResult(runs);
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
