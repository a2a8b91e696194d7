using Shipcheck.Core.Checks;
using Shipcheck.Core.Checks.Migrations;
using Shipcheck.Core.Expectations;
using Shipcheck.Core.Tests.Checks.Support;
using Shipcheck.Core.Tests.Git;

namespace Shipcheck.Core.Tests.Checks.Migrations;

/// <summary>Writes migration files into a <see cref="TestRepository"/> and runs a <c>migrations</c> step on it.</summary>
internal static class MigrationSteps
{
    private static readonly MigrationsKind Kind = new();

    /// <summary>An Alembic revision file as <c>alembic revision</c> writes it.</summary>
    public static string Alembic(string id, params string[] down)
    {
        var parents = down.Length switch { 0 => "None", 1 => $"'{down[0]}'", _ => $"({string.Join(", ", down.Select(d => $"'{d}'"))})" };
        return $"\"\"\"{id}\n\nRevision ID: {id}\nRevises: {string.Join(", ", down)}\n\"\"\"\nfrom alembic import op\n\n" +
            $"revision = '{id}'\ndown_revision = {parents}\nbranch_labels = None\n\n\ndef upgrade():\n    op.execute('SELECT 1')\n";
    }

    /// <summary>An Alembic script folder at <c>db/</c> with <paramref name="revisions"/> (id, parents) in db/versions.</summary>
    public static void WriteAlembic(this TestRepository repository, params (string Id, string[] Down)[] revisions)
    {
        repository.Write("db/env.py", "from alembic import context\n");
        foreach (var (id, down) in revisions)
        {
            repository.Write($"db/versions/{id}_step.py", Alembic(id, down));
        }
    }

    /// <summary>Runs the step with <paramref name="options"/> from the repository's top (the checklist's folder).</summary>
    public static Task<ProbeResult> Observe(this TestRepository repository, params (string Name, object Value)[] options) =>
        Probes.Observe(Kind, TestOptions.Of(options), Probes.Context(repository.Path));

    /// <summary>A list observation of strings, as strings.</summary>
    public static IReadOnlyList<string> Texts(this ProbeResult result, string name) =>
        [.. Assert.IsType<ListValue>(result.Observations[name]).Items.Select(v => Assert.IsType<StringValue>(v).Value)];

    /// <summary>The report line of the first finding called <paramref name="name"/>, or null.</summary>
    public static string? Line(this ProbeResult result, string name) =>
        result.Output?.Split('\n').FirstOrDefault(l => l.Split(' ', 2) is [_, var rest] && rest.StartsWith(name + " — ", StringComparison.Ordinal));
}
