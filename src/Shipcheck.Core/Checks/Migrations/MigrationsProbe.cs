using Shipcheck.Core.Checks.Findings;
using Shipcheck.Core.Checks.Migrations.Alembic;
using Shipcheck.Core.Checks.Migrations.Database;
using Shipcheck.Core.Checks.Migrations.Detection;
using Shipcheck.Core.Git;

namespace Shipcheck.Core.Checks.Migrations;

/// <summary>Looks at a <c>migrations</c> step's repository once; what it cannot look at is an error, everything it judges a finding.</summary>
public sealed class MigrationsProbe(MigrationsOptions options) : IProbe
{
    /// <inheritdoc/>
    public async Task<ProbeResult> ObserveAsync(ProbeContext context, CancellationToken cancellationToken)
    {
        try
        {
            return await ObserveRepositoryAsync(context, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return ProbeResult.Failed("looking at the migrations was cancelled (step timeout or interrupt); raise the step's timeout, or set path to a smaller folder");
        }
        catch (GitException e)
        {
            return ProbeResult.Failed($"{e.Message}; check the repository");
        }
    }

    /// <summary>True when <paramref name="path"/> is absolute or climbs out of the folder it is relative to.</summary>
    internal static bool OutsideRepository(string path) =>
        Path.IsPathRooted(path) || path.Replace('\\', '/').Split('/').Contains("..", StringComparer.Ordinal);

    private async Task<ProbeResult> ObserveRepositoryAsync(ProbeContext context, CancellationToken cancellationToken)
    {
        var path = options.Path is null ? null : context.ResolvePath(context.Render(options.Path));
        var start = path ?? context.WorkingDirectory;
        if (!Directory.Exists(start))
        {
            return ProbeResult.Failed($"{start} is not a folder; check the path option (relative to the checklist's folder)");
        }
        var frameworkName = options.Framework is null ? null : context.Render(options.Framework);
        var only = MigrationFrameworks.Parse(frameworkName);
        if (frameworkName is not null && only is null)
        {
            return ProbeResult.Failed($"framework '{frameworkName}' is not known; use one of {string.Join(", ", MigrationFrameworks.Names)}");
        }
        var doc = context.Render(options.Doc).Trim();
        if (doc.Length == 0 || OutsideRepository(doc))
        {
            return ProbeResult.Failed($"doc '{doc}' is not a path inside the repository; give it relative to the top of the repository");
        }
        var (repository, error) = await GitRepository.OpenAsync(start, cancellationToken);
        if (repository is null)
        {
            return ProbeResult.Failed(error!);
        }
        var relative = path is null ? "" : (await repository.PrefixOfAsync(path, cancellationToken)).TrimEnd('/');
        var root = ScannedFolder.Read(Path.Combine(repository.Root, relative), relative, repository.Root);
        var search = MigrationSearch.Run(root, only, cancellationToken);
        var sets = search.Sets;

        var findings = new List<Finding>(DetectionFindings.Of(search, relative.Length == 0 ? "the repository" : relative, only));
        findings.AddRange(await CommitFindings.CheckAsync(repository, sets, cancellationToken));
        foreach (var set in sets.Where(s => s.Framework == MigrationFramework.Alembic))
        {
            findings.AddRange(new AlembicGraph(set.Migrations).Judge(set.Shown));
        }
        var since = options.Since is null ? null : context.Render(options.Since).Trim();
        findings.AddRange(await ChangeDocumentation.CheckAsync(repository, sets, since, doc.Replace('\\', '/'), cancellationToken));
        IReadOnlyList<string> pending = [];
        if (options.Connection is not null)
        {
            var (database, notApplied) = await DatabaseComparison.CheckAsync(context.Render(options.Connection), context, sets, cancellationToken);
            findings.AddRange(database);
            pending = notApplied;
        }
        return FindingObservations.Result(findings, MigrationsObservations.Of(sets, pending));
    }
}
