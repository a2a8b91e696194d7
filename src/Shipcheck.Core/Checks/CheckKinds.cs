namespace Shipcheck.Core.Checks;

/// <summary>The check kinds Shipcheck knows. Adding a kind is one folder under <c>Checks/</c> and one line here.</summary>
public static class CheckKinds
{
    /// <summary>Every built-in kind, in the order docs list them.</summary>
    public static IReadOnlyList<ICheckKind> All { get; } =
    [
        new Run.RunKind(),
        new Http.HttpKind(),
        new Tcp.TcpKind(),
        new Files.FileKind(),
        new Wait.WaitKind(),
        new Confirm.ConfirmKind(),
        new History.HistoryKind(),
        new Logs.LogsKind(),
        new Sql.SqlKind(),
        new Processes.ProcessKind(),
        new WebSockets.WebSocketKind(),
        new Metrics.MetricsKind(),
        new Promql.PromqlKind(),
        new Kubernetes.KubernetesKind(),
        new Docker.DockerKind(),
        new DockerLogs.DockerLogsKind(),
        new ReleaseTag.ReleaseTagKind(),
        new Migrations.MigrationsKind(),
        new Secrets.SecretsKind(),
        new Artifacts.ArtifactsKind(),
        new Runbook.RunbookKind(),
    ];

    /// <summary>The kind named <paramref name="name"/>, or null.</summary>
    public static ICheckKind? Find(string name) => All.FirstOrDefault(k => k.Name == name);
}
