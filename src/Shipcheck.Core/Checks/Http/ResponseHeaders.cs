using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Http;

/// <summary>Response and content headers as one map of lower-case name to value, for <c>headers["content-type"]</c>.</summary>
internal static class ResponseHeaders
{
    public static Value Observe(HttpResponseMessage response)
    {
        var map = new Dictionary<string, Value>(StringComparer.Ordinal);
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            map[name.ToLowerInvariant()] = Value.Of(string.Join(", ", values));
        }
        return new MapValue(map);
    }
}
