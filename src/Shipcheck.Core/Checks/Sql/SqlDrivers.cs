namespace Shipcheck.Core.Checks.Sql;

/// <summary>The databases a <c>sql</c> step can query.</summary>
public enum SqlDriver
{
    /// <summary>PostgreSQL, through Npgsql.</summary>
    Postgres,
    /// <summary>A SQLite file, through Microsoft.Data.Sqlite.</summary>
    Sqlite,
}

/// <summary>The <c>driver</c> option's spellings.</summary>
internal static class SqlDrivers
{
    public static IReadOnlyList<string> Names { get; } = ["postgres", "sqlite"];

    /// <summary>The driver named <paramref name="name"/> (case-insensitive), or null.</summary>
    public static SqlDriver? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "postgres" => SqlDriver.Postgres,
        "sqlite" => SqlDriver.Sqlite,
        _ => null,
    };
}
