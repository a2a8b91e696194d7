using Shipcheck.Core.Checks.Findings;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Expectations;
using Shipcheck.Core.Git;
using Shipcheck.Core.Releases;

namespace Shipcheck.Core.Checks.ReleaseTag;

/// <summary>
/// Looks at the repository once and judges each item as a finding. Only a repository it cannot read at all (not a
/// repository, git missing, cancelled) is an error; a missing tag or version file is a failed finding.
/// </summary>
public sealed class ReleaseTagProbe(ReleaseTagOptions options) : IProbe
{
    /// <inheritdoc/>
    public async Task<ProbeResult> ObserveAsync(ProbeContext context, CancellationToken cancellationToken)
    {
        var folder = context.ResolvePath(options.Path is null ? "." : context.Render(options.Path));
        try
        {
            var (repository, error) = await GitRepository.OpenAsync(folder, cancellationToken);
            return repository is null ? ProbeResult.Failed(error!) : await ObserveAsync(repository, context, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return ProbeResult.Failed($"looking at the repository in {folder} was cancelled (timeout or interrupt)");
        }
        catch (GitException e)
        {
            return ProbeResult.Failed($"{e.Message}; check that {folder} is a readable git repository");
        }
    }

    private async Task<ProbeResult> ObserveAsync(GitRepository repository, ProbeContext context, CancellationToken cancellationToken)
    {
        var text = options.Version is null ? context.Variables.Variable(BuiltInVariables.Version) ?? "" : context.Render(options.Version);
        var prefix = options.TagPrefix is null ? SemanticVersion.DefaultTagPrefix : context.Render(options.TagPrefix);
        var revision = options.Commit is null ? "HEAD" : context.Render(options.Commit);
        var (version, versionError) = SemanticVersion.Parse(text);
        var tagName = version?.TagName(prefix) ?? text.Trim();

        var shallow = await repository.IsShallowAsync(cancellationToken);
        var commit = await repository.ResolveCommitAsync(revision, cancellationToken);
        var branch = await repository.BranchAsync(cancellationToken) ?? "";
        var findings = new List<Finding> { ReleaseTagFindings.Version(text, tagName, versionError ?? TagPrefix.Problem(prefix)) };
        GitTag? tag = null;
        if (version is not null && TagPrefix.Problem(prefix) is null)
        {
            tag = await repository.TagAsync(tagName, cancellationToken);
            findings.Add(ReleaseTagFindings.Tag(tagName, tag, revision, commit, shallow));
        }
        if (shallow)
        {
            findings.Add(ReleaseTagFindings.Shallow());
        }
        var checkpoints = CheckpointFolder.Find(repository.Root, Render(context, options.Checkpoints), Render(context, options.VersionFile));
        if (checkpoints is not null && version is not null)
        {
            findings.Add(await ReleaseTagFindings.CheckpointsAsync(repository.Root, checkpoints, tagName, version, cancellationToken));
        }
        findings.Add(ReleaseTagFindings.Commit(revision, commit, branch));

        var own = new Observations()
            .Set("version", Value.Of(tagName))
            .Set("commit", Value.Of(commit ?? ""))
            .Set("branch", Value.Of(branch))
            .Set("tag_commit", Value.Of(tag?.Commit ?? ""))
            .Set("shallow", Value.Of(shallow));
        return FindingObservations.Result(findings, own);
    }

    private static string? Render(ProbeContext context, Checklists.Template? template) =>
        template is null ? null : context.Render(template);
}
