namespace Shipcheck.Core.Tests.Checks.Support;

/// <summary>A clock stopped at one instant, for observations computed from "now".</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
