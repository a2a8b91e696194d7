namespace Shipcheck.Core.Expectations.Functions;

/// <summary>Prometheus's <c>histogram_quantile</c> over one histogram's cumulative buckets (upper bound → count).</summary>
internal static class BucketQuantile
{
    /// <summary>
    /// The <paramref name="q"/>-quantile: NaN without a +Inf bucket, with fewer than two buckets or no observations;
    /// the highest finite bound when the rank falls in the +Inf bucket.
    /// </summary>
    public static double Of(double q, IReadOnlyList<KeyValuePair<double, double>> cumulative)
    {
        if (double.IsNaN(q))
        {
            return double.NaN;
        }
        if (q < 0)
        {
            return double.NegativeInfinity;
        }
        if (q > 1)
        {
            return double.PositiveInfinity;
        }
        var buckets = Coalesced(cumulative);
        if (buckets.Count < 2 || !double.IsPositiveInfinity(buckets[^1].Key))
        {
            return double.NaN;
        }
        var observations = buckets[^1].Value;
        if (observations == 0)
        {
            return double.NaN;
        }
        var rank = q * observations;
        var b = buckets.FindIndex(bucket => bucket.Value >= rank);
        if (b == buckets.Count - 1)
        {
            return buckets[^2].Key;
        }
        if (b == 0 && buckets[0].Key <= 0)
        {
            return buckets[0].Key;
        }
        var start = b == 0 ? 0 : buckets[b - 1].Key;
        var count = buckets[b].Value;
        if (b > 0)
        {
            count -= buckets[b - 1].Value;
            rank -= buckets[b - 1].Value;
        }
        return start + ((buckets[b].Key - start) * (rank / count));
    }

    // Sorted by bound, equal bounds merged, and counts made monotonic: an exposition caught mid-update can have a
    // bucket lower than the one before it, which Prometheus also evens out.
    private static List<KeyValuePair<double, double>> Coalesced(IReadOnlyList<KeyValuePair<double, double>> cumulative)
    {
        var sorted = cumulative.Where(b => !double.IsNaN(b.Key)).OrderBy(b => b.Key).ToList();
        var merged = new List<KeyValuePair<double, double>>(sorted.Count);
        foreach (var bucket in sorted)
        {
            if (merged.Count > 0 && merged[^1].Key == bucket.Key)
            {
                merged[^1] = new(bucket.Key, merged[^1].Value + bucket.Value);
                continue;
            }
            var floor = merged.Count > 0 ? merged[^1].Value : 0;
            merged.Add(new(bucket.Key, Math.Max(floor, bucket.Value)));
        }
        return merged;
    }
}
