using Shipcheck.Core.Git;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Git;

public sealed class GitRepositoryTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_folder_outside_any_repository_is_named_with_what_to_do()
    {
        using var folder = new TempFolder();

        var (repository, error) = await GitRepository.OpenAsync(folder.Path, Token);

        Assert.Null(repository);
        Assert.Equal($"{folder.Path} is not a git repository (or inside one): run the check from the repository, or give its path", error);
    }

    [Fact]
    public async Task A_missing_folder_is_not_a_repository()
    {
        var (repository, error) = await GitRepository.OpenAsync("/nonexistent/shipcheck", Token);

        Assert.Null(repository);
        Assert.Equal("/nonexistent/shipcheck is not a directory", error);
    }

    [Fact]
    public async Task A_subfolder_opens_the_whole_tree_and_reads_head_and_branch()
    {
        using var test = new TestRepository();
        test.Write("src/app.py", "print('hi')\n");
        var commit = test.Commit();

        var (repository, error) = await GitRepository.OpenAsync(Path.Combine(test.Path, "src"), Token);

        Assert.Null(error);
        Assert.Equal(Path.GetFullPath(test.Path), repository!.Root);
        Assert.Equal(commit, await repository.HeadCommitAsync(Token));
        Assert.Equal("main", await repository.BranchAsync(Token));
        Assert.False(await repository.IsShallowAsync(Token));
    }

    [Fact]
    public async Task A_new_repository_has_no_head_and_a_detached_head_no_branch()
    {
        using var test = new TestRepository();
        var (empty, _) = await GitRepository.OpenAsync(test.Path, Token);
        Assert.Null(await empty!.HeadCommitAsync(Token));

        var first = test.Commit("one");
        test.Commit("two");
        test.Git("checkout", "--quiet", "--detach", first);

        Assert.Null(await empty.BranchAsync(Token));
        Assert.Equal(first, await empty.HeadCommitAsync(Token));
    }

    [Fact]
    public async Task A_failed_read_throws_with_what_git_said()
    {
        using var test = new TestRepository();
        test.Commit();
        var (repository, _) = await GitRepository.OpenAsync(test.Path, Token);

        var failure = await Assert.ThrowsAsync<GitException>(() => repository!.ReadAsync(["rev-parse", "--verify", "no-such-ref"], Token));

        Assert.StartsWith("git rev-parse --verify no-such-ref failed: fatal:", failure.Message);
    }
}
