using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Tests.Checks.Support;

/// <summary>Typed reads of observations, failing the test when the type is wrong.</summary>
internal static class ObservationReading
{
    public static string Text(this Observations observations, string name) => Assert.IsType<StringValue>(observations[name]).Value;

    public static double Number(this Observations observations, string name) => Assert.IsType<NumberValue>(observations[name]).Value;

    public static bool Flag(this Observations observations, string name) => Assert.IsType<BoolValue>(observations[name]).Value;

    public static TimeSpan Duration(this Observations observations, string name) => Assert.IsType<DurationValue>(observations[name]).Value;
}
