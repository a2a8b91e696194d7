using System.Net;
using Shipcheck.Core.Checks.Findings;

namespace Shipcheck.Core.Checks.Runbook;

/// <summary>
/// Checks http(s) links, only when the step says <c>online: true</c>: a HEAD request, then a GET when HEAD is not
/// answered with success (many servers refuse HEAD), following up to 5 redirects, each request limited to
/// <see cref="RequestTimeout"/> and four at a time. A status below 400 is fine; anything else, and no answer, is a Fail.
/// </summary>
internal static class WebLinks
{
    /// <summary>How long one request may take.</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(5);

    /// <summary>A Fail for each link that does not answer well, in the order the links appear.</summary>
    public static async Task<List<Finding>> CheckAsync(
        IReadOnlyList<MarkdownLink> links, string shown, TimeProvider time, CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler { AllowAutoRedirect = true, MaxAutomaticRedirections = 5, ConnectTimeout = RequestTimeout, UseCookies = false };
        using var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("shipcheck-runbook/1");
        var urls = links.Select(l => l.Url.Trim()).Distinct(StringComparer.Ordinal).ToList();
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(urls, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken }, async (url, token) =>
        {
            if (await ProblemAsync(client, url, time, token) is { } problem)
            {
                lock (problems)
                {
                    problems[url] = problem;
                }
            }
        });
        return [.. links.Where(l => problems.ContainsKey(l.Url.Trim()))
            .Select(l => Finding.Fail(Shown(l.Url.Trim()), problems[l.Url.Trim()], $"{shown}:{l.Line}:{l.Column}"))];
    }

    private static async Task<string?> ProblemAsync(HttpClient client, string url, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return "is not a valid URL: fix the link";
        }
        try
        {
            var head = await StatusAsync(client, HttpMethod.Head, uri, time, cancellationToken);
            if (head < 400)
            {
                return null;
            }
            var get = await StatusAsync(client, HttpMethod.Get, uri, time, cancellationToken);
            return get < 400 ? null : $"answers {get} {Reason(get)}: fix or remove the link";
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"did not answer within {RequestTimeout.TotalSeconds:0}s: check the link, or that the host is up";
        }
        catch (HttpRequestException e)
        {
            return $"cannot be reached ({e.Message}): check the link, or that the host is up";
        }
    }

    private static async Task<int> StatusAsync(HttpClient client, HttpMethod method, Uri uri, TimeProvider time, CancellationToken cancellationToken)
    {
        using var limit = new CancellationTokenSource(RequestTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, limit.Token);
        using var request = new HttpRequestMessage(method, uri);
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
        return (int)response.StatusCode;
    }

    private static string Reason(int status) => Enum.IsDefined(typeof(HttpStatusCode), status) ? ((HttpStatusCode)status).ToString() : "";

    // A link with a password in it names the host, never the password.
    private static string Shown(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.UserInfo.Length > 0
            ? new UriBuilder(uri) { UserName = "", Password = "" }.Uri.ToString()
            : url;
}
