using System.Text;
using System.Text.RegularExpressions;
using Shipcheck.Core.Checks.Logs;

namespace Shipcheck.Core.Tests.Checks.Logs;

public sealed class RemoteLogFeedTests
{
    private const string Marker = "shipcheck-log-test";

    [Theory]
    [InlineData("a\n", 1)]
    [InlineData("a", 1)]
    [InlineData("a\n\n", 2)]
    [InlineData("", 0)]
    [InlineData("\n", 1)]
    [InlineData("a\r\nb\r\n", 2)]
    public async Task Gives_each_file_exactly_the_lines_a_local_read_gives(string content, int lines)
    {
        var (tally, feed) = await Feed($"{Marker} files 1\n{Marker} file 1 app.log\n{content}\n{Marker} end\n");

        Assert.Null(feed.Error);
        Assert.Equal(1, feed.Files);
        Assert.Equal(lines, tally.Lines);
    }

    [Fact]
    public async Task Ignores_what_a_login_script_prints_and_numbers_lines_from_where_a_tail_starts()
    {
        var (tally, _) = await Feed($"Welcome!\nerror: not a log line\n{Marker} files 1\n{Marker} file 41 app.log\nok\nERROR late\n\n{Marker} end\n");

        Assert.Equal(2, tally.Lines);
        Assert.Equal(1, tally.Errors);
        Assert.Equal(["oracle-a1:app.log:42: ERROR late"], tally.Evidence);
    }

    [Fact]
    public async Task A_folder_or_an_unreadable_file_is_an_error_naming_it()
    {
        var (_, folder) = await Feed($"{Marker} directory /var/log\n");
        var (_, unreadable) = await Feed($"{Marker} files 1\n{Marker} unreadable /var/log/secure\n");

        Assert.Equal("on oracle-a1: /var/log is a directory, not a log file", folder.Error);
        Assert.Equal("on oracle-a1: cannot read /var/log/secure", unreadable.Error);
    }

    private static async Task<(LogTally Tally, RemoteLogFeed Feed)> Feed(string stream)
    {
        var tally = new LogTally(new LogMatchers([], new Regex("error", RegexOptions.IgnoreCase), []));
        var options = new LogsOptions([], null, null, null, null, []);
        var feed = new RemoteLogFeed(Marker, "oracle-a1", new LineSelection(options, DateTimeOffset.UnixEpoch, null, tally));
        await feed.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(stream)), TestContext.Current.CancellationToken);
        return (tally, feed);
    }
}
