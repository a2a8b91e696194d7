using System.Globalization;
using System.Security.Cryptography;

namespace Shipcheck.Core.Engine;

/// <summary>Run ids sort by time and rarely collide: <c>20261122T031500Z-3f9a</c>.</summary>
public static class RunIds
{
    /// <summary>A new id for a run starting now by <paramref name="time"/>.</summary>
    public static string New(TimeProvider time)
    {
        var stamp = time.GetUtcNow().UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        // Four hex digits tell apart runs started in the same second; cryptographic randomness is cheap enough here.
        var suffix = RandomNumberGenerator.GetHexString(4, lowercase: true);
        return $"{stamp}-{suffix}";
    }
}
