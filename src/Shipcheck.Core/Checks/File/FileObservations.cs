using Shipcheck.Core.Checks.Output;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Files;

/// <summary>What a <c>file</c> step observes, built the same way whether the file was read here or on a host.</summary>
internal static class FileObservations
{
    /// <summary>The observations of an existing file; <c>age</c> is measured with the runner's clock.</summary>
    public static Observations Present(long size, DateTimeOffset modified, string sha256, string content, bool found, DateTimeOffset now) => new Observations()
        .Set("exists", Value.Of(true))
        .Set("size", Value.OfSize(size))
        .Set("modified", Value.Of(modified))
        .Set("age", Value.Of(now - modified))
        .Set("sha256", Value.Of(sha256))
        .Set("content", Value.Of(content))
        .Set("contains", Value.Of(found));

    /// <summary>The observations of a file that does not exist.</summary>
    public static Observations Missing() => new Observations()
        .Set("exists", Value.Of(false))
        .Set("size", Value.Null)
        .Set("modified", Value.Null)
        .Set("age", Value.Null)
        .Set("sha256", Value.Null)
        .Set("content", Value.Null)
        .Set("contains", Value.Of(false));

    /// <summary>The evidence: where, how big, the hash, then the content head and tail.</summary>
    public static string Evidence(string shownPath, long size, string sha256, string content)
    {
        var kept = new HeadTailBuffer();
        kept.Append(content);
        return $"{shownPath}: {Sizes.Format(size)}, sha256 {sha256}\n{kept}";
    }
}
