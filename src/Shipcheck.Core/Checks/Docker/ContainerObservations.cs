using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Docker;

/// <summary>A <c>docker</c> step's observations: the containers as series, and what holds over all of them.</summary>
internal static class ContainerObservations
{
    /// <summary>What one container observes (the items of <c>series</c>).</summary>
    public static readonly ObservationSchema PerContainer = new(
        ("name", ValueKind.String, "The container's name."),
        ("id", ValueKind.String, "The first 12 characters of its id."),
        ("labels", ValueKind.Map, "Its labels: labels[\"com.docker.compose.service\"]."),
        ("state", ValueKind.String, "created, running, paused, restarting, removing, exited or dead."),
        ("running", ValueKind.Bool, "True when state is running (not paused, not between restarts)."),
        ("health", ValueKind.String, "starting, healthy or unhealthy; empty when the container has no healthcheck."),
        ("restart_count", ValueKind.Number, "How often the engine restarted it under its restart policy."),
        ("started_at", ValueKind.Timestamp, "When it last started (age(started_at) > 30s); null when it never did."),
        ("image", ValueKind.String, "The image it was created from, as named then."),
        ("exit_code", ValueKind.Number, "Its last exit code (0 while it runs)."));

    /// <summary>Everything a <c>docker</c> step observes.</summary>
    public static readonly ObservationSchema Schema = new(
        ("all_running", ValueKind.Bool, "True when at least one container was found and every one is running, none missing."),
        ("not_running", ValueKind.List, "The names of the containers that are not running, and of named ones that do not exist."),
        ("count", ValueKind.Number, "How many containers were found."),
        ("running_count", ValueKind.Number, "How many of them are running."),
        (ObservationSchema.SeriesObservation, ValueKind.List, "One entry per container, with the names below; all(...) and any(...) judge them."))
    {
        Series = PerContainer,
    };

    /// <summary>The observations of the containers found, and of the names that were not.</summary>
    public static Observations Of(IReadOnlyList<ContainerInspection> containers, IReadOnlyList<string> missing)
    {
        var notRunning = containers.Where(c => !c.Running).Select(c => c.Name).Concat(missing).ToList();
        var running = containers.Count(c => c.Running);
        return new Observations()
            .Set("all_running", Value.Of(containers.Count > 0 && notRunning.Count == 0))
            .Set("not_running", new ListValue([.. notRunning.Select(Value.Of)]))
            .Set("count", Value.Of(containers.Count))
            .Set("running_count", Value.Of(running))
            .Set(ObservationSchema.SeriesObservation, new ListValue([.. containers.Select(Series)]));
    }

    private static MapValue Series(ContainerInspection container) => new(new Dictionary<string, Value>(StringComparer.Ordinal)
    {
        ["name"] = Value.Of(container.Name),
        ["id"] = Value.Of(container.ShortId),
        ["labels"] = new MapValue(container.Labels.ToDictionary(l => l.Key, l => Value.Of(l.Value), StringComparer.Ordinal)),
        ["state"] = Value.Of(container.State),
        ["running"] = Value.Of(container.Running),
        ["health"] = Value.Of(container.Health),
        ["restart_count"] = Value.Of(container.RestartCount),
        ["started_at"] = container.StartedAt is { } started ? Value.Of(started) : Value.Null,
        ["image"] = Value.Of(container.Image),
        ["exit_code"] = Value.Of(container.ExitCode),
    });
}
