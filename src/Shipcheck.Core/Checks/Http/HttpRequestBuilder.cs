using System.Net.Http.Headers;
using System.Text;

namespace Shipcheck.Core.Checks.Http;

/// <summary>Builds the request of an <c>http</c> step from rendered option values.</summary>
internal static class HttpRequestBuilder
{
    public static HttpRequestMessage Create(string method, Uri uri, IReadOnlyDictionary<string, string> headers, string? body)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), uri);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("text/plain") { CharSet = "utf-8" };
        }
        foreach (var (name, value) in headers)
        {
            if (request.Headers.TryAddWithoutValidation(name, value))
            {
                continue;
            }
            // Content-Type and friends belong to the content; a header without a body still gets sent, as curl does.
            request.Content ??= new ByteArrayContent([]);
            request.Content.Headers.Remove(name);
            request.Content.Headers.TryAddWithoutValidation(name, value);
        }
        return request;
    }
}
